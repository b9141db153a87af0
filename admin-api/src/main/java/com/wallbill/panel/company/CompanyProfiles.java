package com.wallbill.panel.company;

import com.wallbill.billing.app.BillingDatabase;
import com.wallbill.billing.app.Refusal;
import com.wallbill.billing.party.PostalAddress;
import com.wallbill.panel.PanelConfig;
import com.wallbill.panel.PanelPaths;
import com.wallbill.panel.auth.Caller;
import com.wallbill.panel.auth.Tokens;
import com.wallbill.panel.mail.Mails;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Currency;

/**
 * A company's own data as its admins keep it: identity, address, time zone, currency, billing e-mail and the
 * bank account SEPA transfer files are drawn on. A billing e-mail other than the admin's own login address is
 * only marked verified once someone follows the link mailed to it.
 */
@ApplicationScoped
public class CompanyProfiles {

    private static final String SELECT = """
            SELECT id, name, code, tax_id, street_name, building_number, post_code, town_name, country_code, time_zone,
                currency, billing_email, billing_email_verified_at, iban, bic, created_at
            FROM company WHERE id = $1""";
    private static final String LOCK = SELECT + " FOR UPDATE";
    private static final String UPDATE = """
            UPDATE company SET name = $2, tax_id = $3, street_name = $4, building_number = $5, post_code = $6,
                town_name = $7, country_code = $8, time_zone = $9, currency = $10, billing_email = $11,
                billing_email_verified_at = $12, iban = $13, bic = $14
            WHERE id = $1""";
    private static final String HAS_COSTED_SESSIONS = """
            SELECT EXISTS (SELECT 1 FROM costed_session WHERE company_id = $1) AS costed""";
    /**
     * The prices stay, their currency changes: allowed only before anything was costed, when the rates are still
     * being set up (a new company's default rate is priced at zero). Old versions stay for the record.
     */
    private static final String REVERSION_RATES = """
            INSERT INTO rate_version (rate_id, company_id, valid_from, rate_type, currency, tariff)
            SELECT DISTINCT ON (v.rate_id) v.rate_id, v.company_id, $2, v.rate_type, $3, v.tariff
            FROM rate_version v JOIN rate r ON r.id = v.rate_id AND r.deleted_at IS NULL
            WHERE v.company_id = $1 ORDER BY v.rate_id, v.valid_from DESC""";
    private static final String OPEN_STATEMENTS_CURRENCY = """
            UPDATE statement SET currency = $2 WHERE company_id = $1 AND status = 'IN_PROGRESS'""";
    private static final String INSERT_TOKEN = """
            INSERT INTO panel_token (token_hash, user_id, purpose, detail, expires_at)
            VALUES ($1, $2, 'VERIFY_BILLING_EMAIL', $3, $4)""";
    /** The link names the address it verifies: a link for an address replaced since verifies nothing. */
    private static final String VERIFY = """
            WITH used AS (
                UPDATE panel_token SET used_at = now()
                WHERE token_hash = $1 AND purpose = 'VERIFY_BILLING_EMAIL' AND used_at IS NULL AND expires_at > now()
                RETURNING user_id, detail)
            UPDATE company c SET billing_email_verified_at = now()
            FROM used JOIN panel_user u ON u.id = used.user_id
            WHERE c.id = u.company_id AND c.billing_email = used.detail
            RETURNING c.billing_email""";

    public record CompanyView(long id, String name, String taxId, Address address, String timeZone, String currency,
            String billingEmail, boolean billingEmailVerified, String iban, String bic, OffsetDateTime createdAt) {
    }

    /** Validated company data; a null billing e-mail, IBAN, BIC, tax id or address clears it. */
    public record Changes(String name, String taxId, PostalAddress address, ZoneId timeZone, Currency currency,
            String billingEmail, String iban, String bic) {
    }

    private record Saved(String verificationToken, String companyName, String billingEmail) {
    }

    private final Pool pool;
    private final Mails mails;
    private final PanelConfig config;
    private final Clock clock = Clock.systemUTC();

    CompanyProfiles(@BillingDatabase.Billing Pool pool, Mails mails, PanelConfig config) {
        this.pool = pool;
        this.mails = mails;
        this.config = config;
    }

    public Future<CompanyView> get(long companyId) {
        return pool.preparedQuery(SELECT).execute(Tuple.of(companyId)).map(rows -> {
            if (rows.size() == 0) {
                throw new Refusal(404, "Not Found", "No such company");
            }
            return view(rows.iterator().next());
        });
    }

    public Future<String> code(long companyId) {
        return pool.preparedQuery(SELECT).execute(Tuple.of(companyId)).map(rows -> {
            if (rows.size() == 0) {
                throw new Refusal(404, "Not Found", "No such company");
            }
            return rows.iterator().next().getString("code");
        });
    }

    /**
     * Replaces the company's data. The currency changes only while nothing has been costed (409 after): amounts
     * already priced, charged or paid are in the old one. A new billing e-mail gets a verification link.
     */
    public Future<CompanyView> update(Caller caller, Changes changes) {
        long companyId = caller.company();
        return pool.withTransaction(c -> c.preparedQuery(LOCK).execute(Tuple.of(companyId)).compose(rows -> {
            if (rows.size() == 0) {
                return Future.failedFuture(new Refusal(404, "Not Found", "No such company"));
            }
            Row current = rows.iterator().next();
            String currency = changes.currency().getCurrencyCode();
            Future<Void> currencyChange = currency.equals(current.getString("currency").strip())
                    ? Future.succeededFuture() : changeCurrency(c, companyId, currency);
            BillingEmail email = BillingEmail.decide(current.getString("billing_email"),
                    current.getOffsetDateTime("billing_email_verified_at"), changes.billingEmail(), caller.email(),
                    OffsetDateTime.now(clock));
            PostalAddress a = changes.address();
            return currencyChange.compose(x -> c.preparedQuery(UPDATE).execute(Tuple.from(Arrays.asList(companyId,
                    changes.name(), changes.taxId(), a == null ? null : a.streetName(),
                    a == null ? null : a.buildingNumber(), a == null ? null : a.postCode(),
                    a == null ? null : a.townName(), a == null ? null : a.countryCode(), changes.timeZone().getId(),
                    currency, email.address(), email.verifiedAt(), changes.iban(), changes.bic()))))
                    .compose(x -> email.needsLink() ? insertToken(c, caller.userId(), email.address())
                            : Future.succeededFuture((String) null))
                    .map(token -> new Saved(token, changes.name(), email.address()));
        })).compose(saved -> saved.verificationToken() == null ? Future.succeededFuture()
                : sendLink(saved.billingEmail(), saved.companyName(), saved.verificationToken()))
                .compose(x -> get(companyId));
    }

    /** Mails a new link to the billing e-mail still waiting for verification; 409 when there is none. */
    public Future<Void> resendVerification(Caller caller) {
        long companyId = caller.company();
        return pool.withTransaction(c -> c.preparedQuery(SELECT).execute(Tuple.of(companyId)).compose(rows -> {
            Row company = rows.iterator().next();
            String address = company.getString("billing_email");
            if (address == null || company.getOffsetDateTime("billing_email_verified_at") != null) {
                return Future.failedFuture(new Refusal(409, "Conflict",
                        "billingEmail: there is no billing e-mail waiting for verification"));
            }
            return insertToken(c, caller.userId(), address)
                    .map(token -> new Saved(token, company.getString("name"), address));
        })).compose(saved -> sendLink(saved.billingEmail(), saved.companyName(), saved.verificationToken()));
    }

    /** Follows a billing e-mail link (no login needed: the link itself is the proof of access to the mailbox). */
    public Future<String> verify(String token) {
        return pool.preparedQuery(VERIFY).execute(Tuple.of(Buffer.buffer(Tokens.hash(token)))).map(rows -> {
            if (rows.size() == 0) {
                throw new Refusal(400, "Bad Request", "token: this verification link is invalid, used or expired, "
                        + "or the billing e-mail has been changed since it was sent");
            }
            return rows.iterator().next().getString("billing_email");
        });
    }

    private Future<Void> changeCurrency(SqlConnection c, long companyId, String currency) {
        // The company row is locked FOR UPDATE: costing a session inserts a row referencing it (a key-share lock),
        // so no session can be costed between this check and the commit.
        return c.preparedQuery(HAS_COSTED_SESSIONS).execute(Tuple.of(companyId)).compose(rows -> {
            if (rows.iterator().next().getBoolean("costed")) {
                return Future.failedFuture(new Refusal(409, "Conflict", "currency: sessions have already been "
                        + "costed in the company's currency; it can no longer change"));
            }
            return c.preparedQuery(REVERSION_RATES).execute(Tuple.of(companyId, OffsetDateTime.now(clock), currency))
                    .compose(x -> c.preparedQuery(OPEN_STATEMENTS_CURRENCY).execute(Tuple.of(companyId, currency)))
                    .mapEmpty();
        });
    }

    private Future<String> insertToken(SqlConnection c, long userId, String address) {
        String token = Tokens.newToken();
        return c.preparedQuery(INSERT_TOKEN).execute(Tuple.of(Buffer.buffer(Tokens.hash(token)), userId, address,
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).plus(config.verificationTtl())))
                .map(token);
    }

    private Future<Void> sendLink(String address, String companyName, String token) {
        String text = "Someone asked Wallbill to send the invoices and billing notices of " + companyName
                + " to this address.\n\nIf that is right, follow this link to confirm it:\n\n"
                + PanelPaths.page(config.publicUrl(), "billing-email", token)
                + "\n\nIf you did not expect this mail, ignore it: nothing will be sent here.\n";
        return Future.fromCompletionStage(mails.send(address, "Confirm the billing e-mail of " + companyName,
                text).subscribeAsCompletionStage());
    }

    private static CompanyView view(Row r) {
        PostalAddress address = r.getString("town_name") == null || r.getString("country_code") == null ? null
                : new PostalAddress(r.getString("street_name"), r.getString("building_number"),
                        r.getString("post_code"), r.getString("town_name"), r.getString("country_code"));
        return new CompanyView(r.getLong("id"), r.getString("name"), r.getString("tax_id"), Address.of(address),
                r.getString("time_zone"), r.getString("currency").strip(), r.getString("billing_email"),
                r.getOffsetDateTime("billing_email_verified_at") != null, r.getString("iban"), r.getString("bic"),
                r.getOffsetDateTime("created_at"));
    }
}
