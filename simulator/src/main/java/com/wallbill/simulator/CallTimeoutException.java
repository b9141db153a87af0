package com.wallbill.simulator;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

/** No CALLRESULT or CALLERROR arrived in time. The cause is a {@link TimeoutException}. */
public class CallTimeoutException extends RuntimeException {

    public CallTimeoutException(String action, Duration after) {
        super(action + " got no answer within " + after.toMillis() + " ms",
                new TimeoutException(action + " timed out after " + after));
    }
}
