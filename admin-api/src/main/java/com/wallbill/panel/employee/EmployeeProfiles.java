package com.wallbill.panel.employee;

import com.wallbill.billing.app.BillingDatabase;
import com.wallbill.billing.app.Refusal;
import com.wallbill.billing.party.PostalAddress;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** An employee's name and postal address: what their SEPA transfers carry as creditor. */
@ApplicationScoped
public class EmployeeProfiles {

    private static final String FIND = """
            SELECT id, name, email, street_name, building_number, post_code, town_name, country_code
            FROM employee WHERE id = $1""";
    private static final String UPDATE = """
            UPDATE employee SET name = $2, street_name = $3, building_number = $4, post_code = $5, town_name = $6,
                country_code = $7
            WHERE id = $1""";

    /** A structured postal address (ISO 20022): town and country required, the rest when known. */
    public record Address(String streetName, String buildingNumber, String postCode, String townName,
            String countryCode) {
    }

    public record Profile(long employeeId, String name, String email, Address address) {
    }

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Pool pool;

    EmployeeProfiles(@BillingDatabase.Billing Pool pool) {
        this.pool = pool;
    }

    public Future<Profile> find(long employeeId) {
        return pool.preparedQuery(FIND).execute(Tuple.of(employeeId)).compose(rows -> rows.size() == 0
                ? Future.failedFuture(new Refusal(404, "Not Found", "No such employee"))
                : Future.succeededFuture(profile(rows.iterator().next())));
    }

    /** Replaces name and address; a null address removes it. Lengths are the EPC SEPA limits. */
    public Future<Profile> update(long employeeId, String name, Address address) {
        String checkedName = Checks.text(name, "name", 70);
        PostalAddress postal = address == null ? null : postal(address);
        return pool.preparedQuery(UPDATE).execute(Tuple.from(Arrays.asList(employeeId, checkedName,
                postal == null ? null : postal.streetName(), postal == null ? null : postal.buildingNumber(),
                postal == null ? null : postal.postCode(), postal == null ? null : postal.townName(),
                postal == null ? null : postal.countryCode())))
                .compose(x -> find(employeeId));
    }

    private static PostalAddress postal(Address a) {
        String town = Checks.text(a.townName(), "address.townName", 35);
        String country = Checks.text(a.countryCode(), "address.countryCode", 2).toUpperCase(Locale.ROOT);
        Checks.require(COUNTRIES.contains(country), "address.countryCode", "must be an ISO 3166-1 alpha-2 code");
        return new PostalAddress(Checks.optional(a.streetName(), "address.streetName", 70),
                Checks.optional(a.buildingNumber(), "address.buildingNumber", 16),
                Checks.optional(a.postCode(), "address.postCode", 16), town, country);
    }

    private static Profile profile(Row r) {
        Address address = r.getString("town_name") == null ? null : new Address(r.getString("street_name"),
                r.getString("building_number"), r.getString("post_code"), r.getString("town_name"),
                r.getString("country_code"));
        return new Profile(r.getLong("id"), r.getString("name"), r.getString("email"), address);
    }
}
