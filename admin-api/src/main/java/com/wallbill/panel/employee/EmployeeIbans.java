package com.wallbill.panel.employee;

import com.wallbill.billing.app.AuditAction;
import com.wallbill.billing.app.BillingDatabase;
import com.wallbill.billing.app.IbanVault;
import com.wallbill.billing.app.Payments;
import com.wallbill.billing.app.Refusal;
import com.wallbill.billing.iban.Bic;
import com.wallbill.billing.iban.Iban;
import com.wallbill.panel.audit.AuditTrail;
import com.wallbill.panel.auth.Caller;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Employees' IBANs: entered by the employee (validated, stored encrypted), shown in full to the employee and to
 * admins of a company the employee is linked to, masked to everyone else. Every change holds the employee's
 * automatic payouts until such an admin confirms it ({@link Payments}): an IBAN swapped just before payday does not
 * receive the money unseen.
 */
@ApplicationScoped
public class EmployeeIbans {

    private static final String STATE = """
            SELECT iban, bic, iban_changed_at, iban_confirmed_at, iban_confirmed_by FROM employee WHERE id = $1""";
    /**
     * An admin may see and confirm an employee's IBAN while a charger of the employee's is linked to the company,
     * or while the company owes them a held payout (the employee may have unlinked since the month closed).
     */
    private static final String RELATED = """
            (EXISTS (SELECT 1 FROM device_link WHERE employee_id = e.id AND company_id = $2 AND unlinked_at IS NULL)
             OR EXISTS (SELECT 1 FROM payout WHERE employee_id = e.id AND company_id = $2 AND held_at IS NOT NULL))""";
    private static final String STATE_FOR_ADMIN = """
            SELECT e.iban, e.bic, e.iban_changed_at, e.iban_confirmed_at, e.iban_confirmed_by FROM employee e
            WHERE e.id = $1 AND """ + RELATED;
    private static final String LOCK = STATE + " FOR UPDATE";
    private static final String LOCK_FOR_ADMIN = STATE_FOR_ADMIN + " FOR UPDATE OF e";
    /** clock_timestamp(), not now(): taken after the row lock, so a change always reads later than a confirmation. */
    private static final String CHANGE = """
            UPDATE employee SET iban = $2, bic = $3, iban_changed_at = clock_timestamp() WHERE id = $1""";
    private static final String CONFIRM = """
            UPDATE employee SET iban_confirmed_at = clock_timestamp(), iban_confirmed_by = $2 WHERE id = $1""";
    private static final String LINKED_COMPANIES = """
            SELECT DISTINCT company_id FROM device_link WHERE employee_id = $1 AND unlinked_at IS NULL
            ORDER BY company_id""";

    /**
     * An employee's account as the employee and linked admins see it (other views carry {@link #masked} only);
     * {@code awaitingConfirmation} while a change holds automatic payouts.
     */
    public record IbanView(String iban, String masked, String bic, OffsetDateTime changedAt,
            OffsetDateTime confirmedAt, String confirmedBy, boolean awaitingConfirmation) {
    }

    private final Pool pool;
    private final IbanVault vault;
    private final Payments payments;
    private final AuditTrail audit;

    EmployeeIbans(@BillingDatabase.Billing Pool pool, IbanVault vault, Payments payments, AuditTrail audit) {
        this.pool = pool;
        this.vault = vault;
        this.payments = payments;
        this.audit = audit;
    }

    /** The employee's own IBAN, in full. */
    public Future<IbanView> own(long employeeId) {
        return pool.preparedQuery(STATE).execute(Tuple.of(employeeId))
                .compose(rows -> Future.succeededFuture(view(rows.iterator().next())));
    }

    /** An employee's IBAN as an admin of {@code companyId} sees it: in full if related (see RELATED), else 404. */
    public Future<IbanView> forAdmin(long companyId, long employeeId) {
        return pool.preparedQuery(STATE_FOR_ADMIN).execute(Tuple.of(employeeId, companyId)).compose(rows -> rows.size() == 0
                ? Future.failedFuture(new Refusal(404, "Not Found", "No employee " + employeeId))
                : Future.succeededFuture(view(rows.iterator().next())));
    }

    /** The masked form of a stored IBAN, for any view outside the employee's and the linked admins'. */
    public String masked(String stored) {
        return vault.masked(stored);
    }

    /**
     * Sets the caller's IBAN (and BIC). A different account is stored encrypted, recorded in the audit log of each
     * linked company (masked) and holds automatic payouts until confirmed; the same account again changes nothing.
     */
    public Future<IbanView> change(Caller caller, String ibanText, String bicText) {
        long employeeId = caller.employee();
        Iban iban = iban(ibanText);
        String bic = bic(bicText);
        return pool.withTransaction(c -> c.preparedQuery(LOCK).execute(Tuple.of(employeeId)).compose(rows -> {
            Row before = rows.iterator().next();
            String old = vault.reveal(before.getString("iban"));
            if (iban.value().equals(old) && Objects.equals(bic, before.getString("bic"))) {
                return Future.succeededFuture();
            }
            JsonObject was = new JsonObject().put("iban", old == null ? null : Iban.parse(old).masked())
                    .put("bic", before.getString("bic"));
            JsonObject is = new JsonObject().put("iban", iban.masked()).put("bic", bic);
            return c.preparedQuery(CHANGE).execute(Tuple.of(employeeId, vault.seal(iban.value()), bic))
                    .compose(x -> c.preparedQuery(LINKED_COMPANIES).execute(Tuple.of(employeeId)))
                    .compose(companies -> {
                        List<Long> ids = new ArrayList<>();
                        companies.forEach(r -> ids.add(r.getLong("company_id")));
                        Future<?> recorded = Future.succeededFuture();
                        for (long companyId : ids) {
                            recorded = recorded.compose(y -> audit.record(c, companyId, caller,
                                    AuditAction.IBAN_CHANGED, "employee", employeeId, was, is));
                        }
                        return recorded;
                    });
        })).compose(x -> own(employeeId));
    }

    /**
     * An admin confirms the employee's pending IBAN change; held payouts are released for the next payment run.
     * With {@code seen} (the IBAN the admin checked), a change made since then is refused (409), not confirmed.
     */
    public Future<IbanView> confirm(Caller admin, long employeeId, String seen) {
        long companyId = admin.company();
        return pool.withTransaction(c -> c.preparedQuery(LOCK_FOR_ADMIN).execute(Tuple.of(employeeId, companyId))
                .compose(rows -> {
                    if (rows.size() == 0) {
                        return Future.failedFuture(new Refusal(404, "Not Found", "No employee " + employeeId));
                    }
                    Row state = rows.iterator().next();
                    if (!awaiting(state)) {
                        return Future.failedFuture(new Refusal(409, "Conflict",
                                "No IBAN change of employee " + employeeId + " awaits confirmation"));
                    }
                    String current = vault.reveal(state.getString("iban"));
                    if (seen != null && !iban(seen).value().equals(current)) {
                        return Future.failedFuture(new Refusal(409, "Conflict", "iban: the employee's IBAN is not "
                                + "the one you checked (it changed since); check the current one"));
                    }
                    return confirm(c, admin, companyId, employeeId, state, current);
                }))
                // Not forAdmin: releasing a held payout may have ended what related the admin to the employee.
                .compose(x -> own(employeeId));
    }

    private Future<Void> confirm(SqlConnection c, Caller admin, long companyId, long employeeId, Row state,
            String iban) {
        return c.preparedQuery(CONFIRM).execute(Tuple.of(employeeId, admin.email()))
                .compose(x -> payments.releaseHeld(c, employeeId))
                .compose(released -> audit.record(c, companyId, admin, AuditAction.IBAN_CONFIRMED, "employee",
                        employeeId, new JsonObject().put("iban", iban == null ? null : Iban.parse(iban).masked())
                                .put("changedAt", state.getOffsetDateTime("iban_changed_at").toInstant().toString()),
                        new JsonObject().put("confirmedBy", admin.email()).put("payoutsReleased", released)))
                .mapEmpty();
    }

    private IbanView view(Row r) {
        String iban = vault.reveal(r.getString("iban"));
        return new IbanView(iban, iban == null ? null : Iban.parse(iban).masked(), r.getString("bic"),
                r.getOffsetDateTime("iban_changed_at"), r.getOffsetDateTime("iban_confirmed_at"),
                r.getString("iban_confirmed_by"), awaiting(r));
    }

    private static boolean awaiting(Row r) {
        OffsetDateTime changed = r.getOffsetDateTime("iban_changed_at");
        OffsetDateTime confirmed = r.getOffsetDateTime("iban_confirmed_at");
        return changed != null && (confirmed == null || confirmed.isBefore(changed));
    }

    private static Iban iban(String text) {
        Checks.require(text != null && !text.isBlank(), "iban", "is required");
        try {
            return Iban.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("iban: " + e.getMessage());
        }
    }

    private static String bic(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Bic.parse(text).value();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bic: " + e.getMessage());
        }
    }
}
