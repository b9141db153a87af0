package com.wallbill.panel.auth;

/** What a panel user is: an admin of one company, or an employee who links chargers to companies. */
public enum Role {
    COMPANY_ADMIN, EMPLOYEE
}
