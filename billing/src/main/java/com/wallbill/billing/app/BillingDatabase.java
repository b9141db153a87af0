package com.wallbill.billing.app;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Qualifier;
import jakarta.inject.Singleton;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Billing's own connections to the same database. Separate from the OCPP pool so a month close never takes the
 * connections chargers are waiting on, and with {@code plan_cache_mode=force_custom_plan}: billing's tables
 * grow from empty within minutes during a close (payouts, lines, ledger), and a plan cached while they were empty
 * (a sequential scan) would then be reused on millions of rows. Billing statements are few and large, so planning
 * each one is cheap next to that; the OCPP hot path keeps its cached plans.
 */
@ApplicationScoped
public class BillingDatabase {

    /** Marks the billing pool. */
    @Qualifier
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
    public @interface Billing {
    }

    @Produces
    @Singleton
    @Billing
    Pool pool(Vertx vertx, Config config, BillingConfig billing) {
        String url = config.getValue("quarkus.datasource.reactive.url", String.class).replaceFirst("^vertx-reactive:", "");
        PgConnectOptions options = PgConnectOptions.fromUri(url);
        Optional<String> user = config.getOptionalValue("quarkus.datasource.username", String.class);
        Optional<String> password = config.getOptionalValue("quarkus.datasource.password", String.class);
        user.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        options.addProperty("plan_cache_mode", "force_custom_plan");
        options.addProperty("application_name", "wallbill-billing");
        return PgPool.pool(vertx, options, new PoolOptions().setMaxSize(billing.databaseConnections()));
    }

    void close(@Disposes @Billing Pool pool) {
        pool.close();
    }
}
