package com.wallbill.panel.auth;

import com.wallbill.billing.app.Refusal;

/**
 * Who is calling, from their bearer token. Every company-owned query is scoped by {@link #companyId()}, so an
 * admin of company A reaches nothing of company B: another company's ids look exactly like missing ones (404).
 */
public record Caller(long userId, String email, Role role, Long companyId, Long employeeId) {

    /** The caller's company, or 404 for anyone who is not a company admin (the resource does not exist for them). */
    public long company() {
        if (role != Role.COMPANY_ADMIN) {
            throw new Refusal(404, "Not Found", "No such resource");
        }
        return companyId;
    }

    /** The caller's employee record, or 404 for anyone who is not an employee. */
    public long employee() {
        if (role != Role.EMPLOYEE) {
            throw new Refusal(404, "Not Found", "No such resource");
        }
        return employeeId;
    }
}
