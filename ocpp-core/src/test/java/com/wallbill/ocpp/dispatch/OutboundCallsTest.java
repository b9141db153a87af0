package com.wallbill.ocpp.dispatch;

import static com.wallbill.ocpp.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.wallbill.ocpp.rpc.Call;
import com.wallbill.ocpp.rpc.CallError;
import com.wallbill.ocpp.rpc.CallResult;
import com.wallbill.ocpp.rpc.ErrorCode;
import com.wallbill.ocpp.rpc.OcppVersion;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OutboundCallsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** Records sends; can be told to fail. */
    static final class FakeSender implements OutboundCalls.Sender {
        final List<Call> sent = new ArrayList<>();
        int failuresLeft;

        @Override
        public void send(Call call) {
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new IllegalStateException("socket closed");
            }
            sent.add(call);
        }

        List<String> actions() {
            return sent.stream().map(Call::action).toList();
        }
    }

    /** Timers that fire only when the test says so. */
    static final class FakeTimers implements OutboundCalls.Timers {
        final List<Scheduled> scheduled = new ArrayList<>();

        @Override
        public Runnable schedule(Duration delay, Runnable task) {
            Scheduled s = new Scheduled(delay, task);
            scheduled.add(s);
            return () -> s.cancelled = true;
        }

        void fireLatest() {
            Scheduled latest = scheduled.get(scheduled.size() - 1);
            if (!latest.cancelled) {
                latest.task.run();
            }
        }
    }

    static final class Scheduled {
        final Duration delay;
        final Runnable task;
        boolean cancelled;

        Scheduled(Duration delay, Runnable task) {
            this.delay = delay;
            this.task = task;
        }
    }

    private final FakeSender sender = new FakeSender();
    private final FakeTimers timers = new FakeTimers();
    private final AtomicInteger ids = new AtomicInteger();
    private final OutboundCalls calls = new OutboundCalls(OcppVersion.V16, sender, timers, TIMEOUT,
            () -> "csms-" + ids.incrementAndGet());

    private CompletableFuture<CallOutcome> call(String action) {
        return calls.call(action, json("{}")).toCompletableFuture();
    }

    @Test
    void onlyOneCallIsInFlightAndTheRestWaitInOrder() {
        CompletableFuture<CallOutcome> first = call("GetConfiguration");
        call("ChangeConfiguration");
        call("Reset");

        assertThat(sender.actions()).containsExactly("GetConfiguration");
        assertThat(calls.pending()).isEqualTo(3);
        assertThat(first).isNotDone();
    }

    @Test
    void answersCompleteCallsAndReleaseTheNextInFifoOrder() {
        CompletableFuture<CallOutcome> first = call("GetConfiguration");
        CompletableFuture<CallOutcome> second = call("ChangeConfiguration");
        call("Reset");

        assertThat(calls.onResult(new CallResult("csms-1", json("{'configurationKey':[]}")))).isTrue();
        assertThat(first).isCompletedWithValue(new CallOutcome.Answered(json("{'configurationKey':[]}")));
        assertThat(sender.actions()).containsExactly("GetConfiguration", "ChangeConfiguration");

        assertThat(calls.onResult(new CallResult("csms-2", json("{'status':'Accepted'}")))).isTrue();
        assertThat(second).isCompletedWithValue(new CallOutcome.Answered(json("{'status':'Accepted'}")));
        assertThat(sender.actions()).containsExactly("GetConfiguration", "ChangeConfiguration", "Reset");
        assertThat(sender.sent).extracting(Call::messageId).containsExactly("csms-1", "csms-2", "csms-3");
        assertThat(calls.pending()).isEqualTo(1);
    }

    @Test
    void answerForAnIdNotInFlightIsRefused() {
        CompletableFuture<CallOutcome> first = call("Reset");
        call("UnlockConnector");

        assertThat(calls.onResult(new CallResult("csms-2", json("{}")))).isFalse();
        assertThat(calls.onResult(new CallResult("someone-else", json("{}")))).isFalse();
        assertThat(first).isNotDone();
        assertThat(calls.pending()).isEqualTo(2);
    }

    @Test
    void callErrorCompletesAsAValueSpeltForTheVersion() {
        CompletableFuture<CallOutcome> first = call("ChangeConfiguration");

        assertThat(calls.onError(new CallError("csms-1", ErrorCode.FORMAT_VIOLATION, "bad key", null))).isTrue();

        assertThat(first).isCompletedWithValue(new CallOutcome.Errored("FormationViolation", "bad key", json("{}")));
        assertThat(timers.scheduled.get(0).cancelled).isTrue();
    }

    @Test
    void timeoutCompletesTheCallSendsTheNextAndIgnoresTheLateAnswer() {
        CompletableFuture<CallOutcome> first = call("Reset");
        CompletableFuture<CallOutcome> second = call("UnlockConnector");
        assertThat(timers.scheduled).singleElement().satisfies(s -> assertThat(s.delay).isEqualTo(TIMEOUT));

        timers.fireLatest();

        assertThat(first).isCompletedWithValue(new CallOutcome.TimedOut(TIMEOUT));
        assertThat(sender.actions()).containsExactly("Reset", "UnlockConnector");
        assertThat(calls.onResult(new CallResult("csms-1", json("{'status':'Accepted'}")))).isFalse();
        assertThat(second).isNotDone();
        assertThat(calls.pending()).isEqualTo(1);
    }

    @Test
    void answerCancelsTheTimerSoItCannotFireLater() {
        CompletableFuture<CallOutcome> first = call("Reset");
        calls.onResult(new CallResult("csms-1", json("{'status':'Accepted'}")));

        assertThat(timers.scheduled.get(0).cancelled).isTrue();
        timers.scheduled.get(0).task.run(); // a timer that raced the cancel must not matter
        assertThat(first).isCompletedWithValue(new CallOutcome.Answered(json("{'status':'Accepted'}")));
        assertThat(calls.pending()).isZero();
    }

    @Test
    void disconnectCompletesInFlightAndQueuedAndRefusesLaterCalls() {
        CompletableFuture<CallOutcome> first = call("Reset");
        CompletableFuture<CallOutcome> second = call("UnlockConnector");

        calls.disconnected();
        CompletableFuture<CallOutcome> third = call("TriggerMessage");

        assertThat(first).isCompletedWithValue(new CallOutcome.Disconnected());
        assertThat(second).isCompletedWithValue(new CallOutcome.Disconnected());
        assertThat(third).isCompletedWithValue(new CallOutcome.Disconnected());
        assertThat(sender.actions()).containsExactly("Reset");
        assertThat(calls.pending()).isZero();
        assertThat(timers.scheduled.get(0).cancelled).isTrue();
    }

    @Test
    void sendFailureCompletesThatCallAsDisconnectedAndTriesTheNext() {
        call("Reset");
        sender.failuresLeft = 1;
        CompletableFuture<CallOutcome> second = call("UnlockConnector");
        CompletableFuture<CallOutcome> third = call("TriggerMessage");

        calls.onResult(new CallResult("csms-1", json("{'status':'Accepted'}")));

        assertThat(second).isCompletedWithValue(new CallOutcome.Disconnected());
        assertThat(third).isNotDone();
        assertThat(sender.actions()).containsExactly("Reset", "TriggerMessage");
        assertThat(calls.pending()).isEqualTo(1);
    }

    @Test
    void callQueuedFromACompletionCallbackKeepsFifoOrder() {
        call("GetConfiguration").thenRun(() -> call("ChangeConfiguration"));
        call("Reset");

        calls.onResult(new CallResult("csms-1", json("{}")));

        assertThat(sender.actions()).containsExactly("GetConfiguration", "Reset");
        calls.onResult(new CallResult("csms-2", json("{'status':'Accepted'}")));
        assertThat(sender.actions()).containsExactly("GetConfiguration", "Reset", "ChangeConfiguration");
    }
}
