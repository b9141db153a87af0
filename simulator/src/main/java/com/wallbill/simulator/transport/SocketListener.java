package com.wallbill.simulator.transport;

import com.wallbill.simulator.CloseReason;

/** Receives what arrives on a {@link ChargePointSocket}. Called on transport threads: must not block. */
public interface SocketListener {

    void onText(String text);

    /** Called once, when the connection is gone for whatever reason. */
    void onClose(CloseReason reason);
}
