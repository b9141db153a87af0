package com.wallbill.panel.devices;

import com.wallbill.billing.app.BillingDatabase;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one place the panel reads an employee's IBAN in full. Callers have already checked that the admin's company
 * is the one the employee's charger is linked to. The column is plain text today; when it is encrypted, only this
 * class changes.
 */
@ApplicationScoped
public class EmployeeIbans {

    private final Pool pool;

    EmployeeIbans(@BillingDatabase.Billing Pool pool) {
        this.pool = pool;
    }

    /** The employee's IBAN, or null when they have not entered one. */
    public Future<String> ibanOf(long employeeId) {
        return pool.preparedQuery("SELECT iban FROM employee WHERE id = $1").execute(Tuple.of(employeeId))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getString("iban"));
    }
}
