package com.wallbill.billing.app;

import java.util.Objects;

/** Who made an audited change: a panel user (id and e-mail), or the operator API or the system (no user id). */
public record AuditActor(Long userId, String email) {

    public static final AuditActor OPERATOR = new AuditActor(null, "operator");
    public static final AuditActor SYSTEM = new AuditActor(null, "system");

    public AuditActor {
        Objects.requireNonNull(email, "email");
    }

    /** Someone named in an operator request (e.g. {@code "by"} of a line marked paid), acting without a login. */
    public static AuditActor named(String who) {
        return who == null || who.isBlank() ? OPERATOR : new AuditActor(null, who.strip());
    }
}
