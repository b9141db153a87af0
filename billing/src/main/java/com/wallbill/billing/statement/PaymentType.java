package com.wallbill.billing.statement;

/** How a company's refunds are paid: by the system at month end, or by the company's own transfer. */
public enum PaymentType {
    AUTOMATIC, MANUAL
}
