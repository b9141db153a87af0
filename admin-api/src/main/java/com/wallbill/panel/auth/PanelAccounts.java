package com.wallbill.panel.auth;

import com.wallbill.billing.app.Accounts;
import com.wallbill.billing.app.BillingDatabase;
import com.wallbill.billing.app.Pbkdf2;
import com.wallbill.billing.app.Refusal;
import com.wallbill.billing.rate.Tariff;
import com.wallbill.billing.statement.PaymentType;
import com.wallbill.panel.PanelConfig;
import com.wallbill.panel.PanelPaths;
import com.wallbill.panel.mail.Mails;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Panel accounts: registration of a company with its first admin, or of an employee; e-mail verification by a
 * link; login to a bearer token; logout; password reset by a link. Passwords are PBKDF2-hashed off the event
 * loop.
 */
@ApplicationScoped
public class PanelAccounts {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MIN_PASSWORD = 12;
    private static final int MAX_PASSWORD = 128;

    private static final String INSERT_USER = """
            INSERT INTO panel_user (email, password_hash, role, company_id, employee_id) VALUES ($1, $2, $3, $4, $5)
            RETURNING id""";
    private static final String INSERT_TOKEN = """
            INSERT INTO panel_token (token_hash, user_id, purpose, detail, expires_at) VALUES ($1, $2, $3, $4, $5)""";
    private static final String USE_TOKEN = """
            UPDATE panel_token SET used_at = now()
            WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
            RETURNING user_id, detail""";
    private static final String USER_BY_EMAIL = """
            SELECT id, password_hash, role, email_verified_at FROM panel_user WHERE email = $1""";
    private static final String SESSION = """
            SELECT u.id, u.email, u.role, u.company_id, u.employee_id FROM panel_token t
            JOIN panel_user u ON u.id = t.user_id
            WHERE t.token_hash = $1 AND t.purpose = 'SESSION' AND t.used_at IS NULL AND t.expires_at > now()""";

    public record Registered(long userId, String email) {
    }

    public record Login(String token, OffsetDateTime expiresAt, Role role) {
    }

    private final Pool pool;
    private final Vertx vertx;
    private final Accounts accounts;
    private final Mails mails;
    private final PanelConfig config;

    PanelAccounts(@BillingDatabase.Billing Pool pool, Vertx vertx, Accounts accounts, Mails mails,
            PanelConfig config) {
        this.pool = pool;
        this.vertx = vertx;
        this.accounts = accounts;
        this.mails = mails;
        this.config = config;
    }

    /**
     * A company and its first admin. The company starts with a zero-priced default rate, manual payment and
     * auto-activation off: nothing is billed until the admin has set it up.
     */
    public Future<Registered> registerCompany(String email, String password, String companyName, ZoneId zone,
            Currency currency) {
        String address = email(email);
        requirePassword(password);
        return hash(password).compose(hash -> pool.withTransaction(c -> accounts.createCompany(c,
                new Accounts.NewCompany(companyName, null, null, zone, currency, null, null, null),
                new Accounts.Terms(new BigDecimal("100"), PaymentType.MANUAL, false), "Default",
                Tariff.flat(currency, BigDecimal.ZERO, BigDecimal.ZERO), Instant.now())
                .compose(company -> insertUser(c, address, hash, Role.COMPANY_ADMIN, company.id(), null))))
                .compose(this::sendVerification);
    }

    /** An employee account (with its employee record, to which chargers and the IBAN belong). */
    public Future<Registered> registerEmployee(String email, String password, String name) {
        String address = email(email);
        requirePassword(password);
        return hash(password).compose(hash -> pool.withTransaction(c -> accounts.createEmployee(c,
                new Accounts.NewEmployee(name, address, null, null))
                .compose(employeeId -> insertUser(c, address, hash, Role.EMPLOYEE, null, employeeId))))
                .compose(this::sendVerification);
    }

    /** Follows a verification link: the address is verified once, the link then stops working. */
    public Future<Void> verify(String token) {
        return pool.withTransaction(c -> c.preparedQuery(USE_TOKEN)
                .execute(Tuple.of(io.vertx.core.buffer.Buffer.buffer(Tokens.hash(token)), "VERIFY_EMAIL"))
                .compose(rows -> {
                    if (rows.size() == 0) {
                        return Future.failedFuture(new Refusal(400, "Bad Request",
                                "token: this verification link is invalid, used or expired"));
                    }
                    return c.preparedQuery("UPDATE panel_user SET email_verified_at = now() WHERE id = $1")
                            .execute(Tuple.of(rows.iterator().next().getLong("user_id"))).<Void>mapEmpty();
                }));
    }

    /** A bearer token for a verified account with the right password; the same answer for any wrong pair. */
    public Future<Login> login(String email, String password) {
        String address = normalise(email);
        return pool.preparedQuery(USER_BY_EMAIL).execute(Tuple.of(address)).compose(rows -> {
            Optional<Row> user = rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next());
            String stored = user.map(u -> u.getString("password_hash")).orElse(null);
            return vertx.executeBlocking(() -> stored != null && Pbkdf2.verify(password == null ? "" : password, stored),
                    false).compose(matches -> {
                        if (!matches) {
                            return Future.failedFuture(new Refusal(401, "Unauthorized", "Wrong e-mail or password"));
                        }
                        Row u = user.get();
                        if (u.getOffsetDateTime("email_verified_at") == null) {
                            return Future.failedFuture(new Refusal(403, "Forbidden",
                                    "Verify your e-mail address first: follow the link we sent you"));
                        }
                        String token = Tokens.newToken();
                        OffsetDateTime expires = OffsetDateTime.now(ZoneOffset.UTC).plus(config.sessionTtl());
                        return pool.preparedQuery(INSERT_TOKEN).execute(Tuple.of(
                                io.vertx.core.buffer.Buffer.buffer(Tokens.hash(token)), u.getLong("id"), "SESSION",
                                null, expires)).map(x -> new Login(token, expires, Role.valueOf(u.getString("role"))));
                    });
        });
    }

    public Future<Void> logout(String token) {
        return pool.preparedQuery("UPDATE panel_token SET used_at = now() WHERE token_hash = $1 AND purpose = 'SESSION'")
                .execute(Tuple.of(io.vertx.core.buffer.Buffer.buffer(Tokens.hash(token)))).<Void>mapEmpty()
                ;
    }

    /** The caller behind a bearer token, if it is a live session. */
    public Future<Optional<Caller>> caller(String token) {
        return pool.preparedQuery(SESSION).execute(Tuple.of(io.vertx.core.buffer.Buffer.buffer(Tokens.hash(token))))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return Optional.<Caller>empty();
                    }
                    Row r = rows.iterator().next();
                    return Optional.of(new Caller(r.getLong("id"), r.getString("email"), Role.valueOf(r.getString("role")),
                            r.getLong("company_id"), r.getLong("employee_id")));
                });
    }

    /** Sends a reset link if the address has an account; says nothing either way (no account probing). */
    public Future<Void> requestReset(String email) {
        String address = normalise(email);
        return pool.preparedQuery(USER_BY_EMAIL).execute(Tuple.of(address)).compose(rows -> {
            if (rows.size() == 0) {
                return Future.<Void>succeededFuture();
            }
            long userId = rows.iterator().next().getLong("id");
            return link(pool, userId, "RESET_PASSWORD", null, config.resetTtl()).compose(token -> send(address,
                    "Reset your Wallbill password", "Someone asked to reset the password of this Wallbill account.\n"
                            + "If it was you, follow this link within " + config.resetTtl().toMinutes()
                            + " minutes and choose a new password:\n\n"
                            + PanelPaths.page(config.publicUrl(), "reset", token)
                            + "\n\nIf it was not you, ignore this mail: your password stays as it is.\n"));
        });
    }

    /** Sets a new password from a reset link and ends every session of the account. */
    public Future<Void> confirmReset(String token, String password) {
        requirePassword(password);
        return hash(password).compose(hash -> pool.withTransaction(c -> c.preparedQuery(USE_TOKEN)
                .execute(Tuple.of(io.vertx.core.buffer.Buffer.buffer(Tokens.hash(token)), "RESET_PASSWORD"))
                .compose(rows -> {
                    if (rows.size() == 0) {
                        return Future.failedFuture(new Refusal(400, "Bad Request",
                                "token: this reset link is invalid, used or expired"));
                    }
                    long userId = rows.iterator().next().getLong("user_id");
                    return c.preparedQuery("UPDATE panel_user SET password_hash = $2 WHERE id = $1")
                            .execute(Tuple.of(userId, hash))
                            .compose(x -> c.preparedQuery("""
                                    UPDATE panel_token SET used_at = now()
                                    WHERE user_id = $1 AND purpose = 'SESSION' AND used_at IS NULL""")
                                    .execute(Tuple.of(userId)))
                            .<Void>mapEmpty();
                })));
    }

    private Future<Registered> insertUser(SqlConnection c, String email, String hash, Role role, Long companyId,
            Long employeeId) {
        return c.preparedQuery(INSERT_USER).execute(Tuple.of(email, hash, role.name(), companyId, employeeId))
                .map(rows -> new Registered(rows.iterator().next().getLong("id"), email))
                .recover(failure -> failure instanceof PgException pg && "23505".equals(pg.getSqlState())
                        ? Future.failedFuture(new Refusal(409, "Conflict",
                                "email: an account with this address exists; log in or reset the password"))
                        : Future.failedFuture(failure));
    }

    private Future<Registered> sendVerification(Registered user) {
        return link(pool, user.userId(), "VERIFY_EMAIL", null, config.verificationTtl()).compose(token -> send(
                user.email(), "Verify your e-mail address for Wallbill", "Welcome to Wallbill.\n\n"
                        + "Follow this link to verify your e-mail address and activate your account:\n\n"
                        + PanelPaths.page(config.publicUrl(), "verify", token) + "\n"))
                .map(user);
    }

    private Future<String> link(Pool db, long userId, String purpose, String detail, Duration ttl) {
        String token = Tokens.newToken();
        return db.preparedQuery(INSERT_TOKEN).execute(Tuple.of(io.vertx.core.buffer.Buffer.buffer(Tokens.hash(token)),
                userId, purpose, detail, OffsetDateTime.now(ZoneOffset.UTC).plus(ttl))).map(token);
    }

    private Future<Void> send(String to, String subject, String text) {
        return Future.fromCompletionStage(mails.send(to, subject, text).subscribeAsCompletionStage());
    }

    private Future<String> hash(String password) {
        return vertx.executeBlocking(() -> Pbkdf2.hash(password, config.passwordIterations()), false);
    }

    static String email(String email) {
        String address = normalise(email);
        if (address.isEmpty() || address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw new IllegalArgumentException("email: not an e-mail address");
        }
        return address;
    }

    private static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static void requirePassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw new IllegalArgumentException("password: must have " + MIN_PASSWORD + " to " + MAX_PASSWORD
                    + " characters");
        }
    }
}
