package com.wallbill.ocpp.rpc;

import java.util.Objects;

/** What {@link FrameCodec#decode} made of one WebSocket text message. */
public sealed interface Decoded permits Decoded.Ok, Decoded.Rejected, Decoded.Ignored {

    /** A well-formed frame. The payload of a CALL is still unvalidated against its action's schema. */
    record Ok(Frame frame) implements Decoded {
        public Ok {
            Objects.requireNonNull(frame, "frame");
        }
    }

    /** A malformed message; send {@code reply} back (its id is "-1" when the message id was unreadable). */
    record Rejected(CallError reply) implements Decoded {
        public Rejected {
            Objects.requireNonNull(reply, "reply");
        }
    }

    /** A message to drop without answering; log {@code reason}. */
    record Ignored(String reason) implements Decoded {
        public Ignored {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
