package com.wallbill.panel.devices;

import com.wallbill.billing.app.BillingDatabase;
import com.wallbill.billing.app.Refusal;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The employee behind one of the company's current device links, with the bank details a company paying by
 * transfer needs. Reached only through a current link of the caller's company: once the charger is unlinked, the
 * company no longer sees the employee.
 */
@ApplicationScoped
public class LinkedEmployees {

    private static final String EMPLOYEE = """
            SELECT e.id, e.name, e.email, e.bic, e.street_name, e.building_number, e.post_code, e.town_name,
                   e.country_code
            FROM device_link l JOIN employee e ON e.id = l.employee_id
            WHERE l.id = $1 AND l.company_id = $2 AND l.unlinked_at IS NULL""";

    public record Address(String streetName, String buildingNumber, String postCode, String townName,
            String countryCode) {
    }

    /** {@code iban} in full (null until the employee enters one): the company needs it for manual transfers. */
    public record EmployeeDetails(long id, String name, String email, String iban, String bic, Address address) {
    }

    private final Pool pool;
    private final EmployeeIbans ibans;

    LinkedEmployees(@BillingDatabase.Billing Pool pool, EmployeeIbans ibans) {
        this.pool = pool;
        this.ibans = ibans;
    }

    public Future<EmployeeDetails> ofLink(long companyId, long linkId) {
        return pool.preparedQuery(EMPLOYEE).execute(Tuple.of(linkId, companyId)).compose(rows -> {
            if (rows.size() == 0) {
                return Future.failedFuture(new Refusal(404, "Not Found", "No device " + linkId));
            }
            Row e = rows.iterator().next();
            return ibans.ibanOf(e.getLong("id")).map(iban -> new EmployeeDetails(e.getLong("id"), e.getString("name"),
                    e.getString("email"), iban, e.getString("bic"), address(e)));
        });
    }

    private static Address address(Row e) {
        if (e.getString("town_name") == null && e.getString("street_name") == null) {
            return null;
        }
        String country = e.getString("country_code");
        return new Address(e.getString("street_name"), e.getString("building_number"), e.getString("post_code"),
                e.getString("town_name"), country == null ? null : country.strip());
    }
}
