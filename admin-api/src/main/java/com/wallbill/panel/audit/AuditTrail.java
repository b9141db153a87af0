package com.wallbill.panel.audit;

import com.wallbill.billing.app.AuditAction;
import com.wallbill.billing.app.AuditActor;
import com.wallbill.billing.app.AuditLog;
import com.wallbill.panel.auth.Caller;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * How panel code records a money-relevant change: call {@link #record} with the connection of the transaction
 * that makes the change (rates, refund %, payment type, device overrides and activation, manual status changes,
 * card changes...), so the entry commits or rolls back with it. Billing's own services ({@code Accounts},
 * {@code Statements}) record theirs when given the caller as {@link #actor}.
 */
@ApplicationScoped
public class AuditTrail {

    private final AuditLog log;

    AuditTrail(AuditLog log) {
        this.log = log;
    }

    /** The audit actor of a panel caller: their user id and e-mail. */
    public static AuditActor actor(Caller caller) {
        return new AuditActor(caller.userId(), caller.email());
    }

    /**
     * Appends an entry to {@code companyId}'s chain in the transaction of {@code c}. {@code before} and
     * {@code after} hold the values that matter (null when there was nothing before, or nothing is left).
     */
    public Future<Long> record(SqlConnection c, long companyId, Caller caller, AuditAction action, String entity,
            Object entityId, JsonObject before, JsonObject after) {
        return log.append(c, companyId, actor(caller), action, entity, entityId, before, after);
    }
}
