package com.wallbill.central.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

class LocalConnectorTest {

    /** A producer that hands out exactly what is requested, and records the requests. */
    static final class Producer implements Flow.Subscription {
        final List<Long> requests = new CopyOnWriteArrayList<>();
        boolean cancelled;
        Flow.Subscriber<? super Message<?>> subscriber;
        int sent;

        void attach(Flow.Subscriber<? super Message<?>> pipe) {
            subscriber = pipe;
            pipe.onSubscribe(this);
        }

        @Override
        public void request(long n) {
            requests.add(n);
            for (long i = 0; i < n; i++) {
                subscriber.onNext(Message.of("event-" + sent++));
            }
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    /** A consumer that requests {@code initial} messages when subscribed and records what it gets. */
    static final class Consumer implements Flow.Subscriber<Message<?>> {
        final long initial;
        final List<Object> received = new CopyOnWriteArrayList<>();
        final AtomicReference<Throwable> error = new AtomicReference<>();
        Flow.Subscription subscription;
        boolean completed;

        Consumer(long initial) {
            this.initial = initial;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (initial > 0) {
                s.request(initial);
            }
        }

        @Override
        public void onNext(Message<?> item) {
            received.add(item.getPayload());
        }

        @Override
        public void onError(Throwable throwable) {
            error.set(throwable);
        }

        @Override
        public void onComplete() {
            completed = true;
        }
    }

    @Test
    void messagesFlowAsTheConsumerAsksWhenTheProducerComesFirst() {
        var pipe = new LocalConnector.Pipe("events");
        var producer = new Producer();
        producer.attach(pipe);
        assertThat(producer.requests).isEmpty();

        var consumer = new Consumer(2);
        pipe.subscribe(consumer);
        consumer.subscription.request(1);

        assertThat(consumer.received).containsExactly("event-0", "event-1", "event-2");
        assertThat(producer.requests).containsExactly(2L, 1L);
    }

    @Test
    void messagesFlowWhenTheConsumerComesFirst() {
        var pipe = new LocalConnector.Pipe("events");
        var consumer = new Consumer(3);
        pipe.subscribe(consumer);
        assertThat(consumer.subscription).isNull();

        var producer = new Producer();
        producer.attach(pipe);

        assertThat(consumer.received).containsExactly("event-0", "event-1", "event-2");
        pipe.onComplete();
        assertThat(consumer.completed).isTrue();
    }

    @Test
    void aSecondConsumerIsRefusedAndTheFirstKeepsItsMessages() {
        var pipe = new LocalConnector.Pipe("events");
        var first = new Consumer(1);
        var second = new Consumer(1);
        pipe.subscribe(first);
        pipe.subscribe(second);
        new Producer().attach(pipe);

        assertThat(second.error.get()).hasMessage("Local topic events already has a consumer");
        assertThat(second.received).isEmpty();
        assertThat(first.received).containsExactly("event-0");
    }

    @Test
    void aSecondProducerIsCancelled() {
        var pipe = new LocalConnector.Pipe("events");
        var first = new Producer();
        var second = new Producer();
        first.attach(pipe);
        second.attach(pipe);
        pipe.subscribe(new Consumer(1));

        assertThat(second.cancelled).isTrue();
        assertThat(first.requests).containsExactly(1L);
    }

    @Test
    void aFailingProducerFailsTheConsumer() {
        var pipe = new LocalConnector.Pipe("events");
        var consumer = new Consumer(0);
        pipe.subscribe(consumer);
        new Producer().attach(pipe);
        pipe.onError(new IllegalStateException("emitter gone"));

        assertThat(consumer.error.get()).hasMessage("emitter gone");
    }
}
