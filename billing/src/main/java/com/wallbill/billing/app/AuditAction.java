package com.wallbill.billing.app;

/** The money-relevant changes the audit log records. */
public enum AuditAction {
    RATE_CREATED,
    RATE_EDITED,
    RATE_DELETED,
    DEFAULT_RATE_CHANGED,
    /** Company refund percentage, payment type, auto-activation or default rate. */
    TERMS_CHANGED,
    /** Per-device overrides and activation (logging active). */
    DEVICE_TERMS_CHANGED,
    DEVICE_LINKED,
    DEVICE_UNLINKED,
    /** A manual status change of a statement line (marked paid by transfer). */
    LINE_MARKED_PAID,
    SESSION_REVIEWED,
    IBAN_CHANGED,
    IBAN_CONFIRMED,
    COMPANY_IBAN_CHANGED,
    CARD_ADDED,
    CARD_REMOVED,
    DEFAULT_CARD_CHANGED
}
