package com.wallbill.central.messaging;

import io.smallrye.reactive.messaging.connector.InboundConnector;
import io.smallrye.reactive.messaging.connector.OutboundConnector;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;

/**
 * Joins an outgoing channel to the incoming channel of the same {@code topic} within this process: the
 * single-node stand-in for a broker. The channels that carry session events are named for their topic, so that
 * choosing Kafka is a matter of configuration ({@code smallrye-kafka} instead of {@value #NAME}) and both ways run
 * the same code on both ends. Messages pass as they are, with the consumer's demand passed back to the producer
 * (no buffer of its own).
 */
@ApplicationScoped
@Connector(LocalConnector.NAME)
public class LocalConnector implements InboundConnector, OutboundConnector {

    public static final String NAME = "wallbill-local";

    private final Map<String, Pipe> pipes = new ConcurrentHashMap<>();

    @Override
    public Flow.Publisher<? extends Message<?>> getPublisher(Config config) {
        return pipe(config);
    }

    @Override
    public Flow.Subscriber<? extends Message<?>> getSubscriber(Config config) {
        return pipe(config);
    }

    private Pipe pipe(Config config) {
        String topic = config.getOptionalValue("topic", String.class)
                .orElseGet(() -> config.getValue("channel-name", String.class));
        return pipes.computeIfAbsent(topic, Pipe::new);
    }

    /**
     * One producer to one consumer. Whichever side comes first waits for the other; then the consumer gets the
     * producer's subscription, so its requests go straight upstream and each message is handed on as it comes.
     */
    static final class Pipe implements Flow.Publisher<Message<?>>, Flow.Subscriber<Message<?>> {

        private final String topic;
        private Flow.Subscription upstream;
        private Flow.Subscriber<? super Message<?>> downstream;

        Pipe(String topic) {
            this.topic = topic;
        }

        @Override
        public void subscribe(Flow.Subscriber<? super Message<?>> subscriber) {
            Flow.Subscription ready;
            synchronized (this) {
                if (downstream != null) {
                    refuse(subscriber, "already has a consumer");
                    return;
                }
                downstream = subscriber;
                ready = upstream;
            }
            if (ready != null) {
                subscriber.onSubscribe(ready);
            }
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            Flow.Subscriber<? super Message<?>> ready;
            synchronized (this) {
                if (upstream != null) {
                    subscription.cancel();
                    return;
                }
                upstream = subscription;
                ready = downstream;
            }
            if (ready != null) {
                ready.onSubscribe(subscription);
            }
        }

        @Override
        public void onNext(Message<?> message) {
            // Only the consumer requests, so a message never arrives before it is there.
            downstream.onNext(message);
        }

        @Override
        public void onError(Throwable failure) {
            Flow.Subscriber<? super Message<?>> ready = consumer();
            if (ready != null) {
                ready.onError(failure);
            }
        }

        @Override
        public void onComplete() {
            Flow.Subscriber<? super Message<?>> ready = consumer();
            if (ready != null) {
                ready.onComplete();
            }
        }

        private synchronized Flow.Subscriber<? super Message<?>> consumer() {
            return downstream;
        }

        private void refuse(Flow.Subscriber<? super Message<?>> subscriber, String why) {
            subscriber.onSubscribe(new Flow.Subscription() {
                @Override
                public void request(long n) {
                }

                @Override
                public void cancel() {
                }
            });
            subscriber.onError(new IllegalStateException("Local topic " + topic + " " + why));
        }
    }
}
