package com.wallbill.panel.devices;

import com.wallbill.billing.app.BillingDatabase;
import com.wallbill.billing.app.IbanVault;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one place the panel reads an employee's IBAN in full. Callers have already checked that the admin's company
 * is the one the employee's charger is linked to. The column is encrypted ({@link IbanVault}).
 */
@ApplicationScoped
public class EmployeeIbans {

    private final Pool pool;
    private final IbanVault vault;

    EmployeeIbans(@BillingDatabase.Billing Pool pool, IbanVault vault) {
        this.pool = pool;
        this.vault = vault;
    }

    /** The employee's IBAN, or null when they have not entered one. */
    public Future<String> ibanOf(long employeeId) {
        return pool.preparedQuery("SELECT iban FROM employee WHERE id = $1").execute(Tuple.of(employeeId))
                .map(rows -> rows.size() == 0 ? null : vault.reveal(rows.iterator().next().getString("iban")));
    }
}
