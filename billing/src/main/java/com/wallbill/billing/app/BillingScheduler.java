package com.wallbill.billing.app;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import org.jboss.logging.Logger;

/**
 * The billing clock: costs sessions no event delivered, closes months that are over in their company's time zone
 * (local midnight of the 1st), finishes closes that were interrupted (invoice, payments), and retries due payments. Each step is idempotent, so a run that overlaps a manual
 * close or another instance does no harm.
 */
@jakarta.enterprise.context.ApplicationScoped
public class BillingScheduler {

    private static final Logger LOG = Logger.getLogger(BillingScheduler.class);
    private static final int BATCH = 1_000;

    private final SessionCosting costing;
    private final MonthClose monthClose;
    private final Payments payments;
    private final Invoices invoices;

    BillingScheduler(SessionCosting costing, MonthClose monthClose, Payments payments, Invoices invoices) {
        this.costing = costing;
        this.monthClose = monthClose;
        this.payments = payments;
        this.invoices = invoices;
    }

    @Scheduled(every = "${wallbill.billing.scheduler-interval}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return Uni.createFrom().completionStage(runOnce().toCompletionStage()).replaceWithVoid();
    }

    /** One pass of every step; what each did is logged when it did anything. */
    public Future<Void> runOnce() {
        return costing.sweep(BATCH)
                .compose(costed -> monthClose.closeDue(BATCH).map(closed -> new int[] {costed, closed}))
                .compose(counts -> invoices.issueMissing(BATCH).map(issued -> new int[] {counts[0], counts[1], issued}))
                .compose(counts -> payments.runDue(BATCH).map(paid -> {
                    if (counts[0] + counts[1] + counts[2] + paid > 0) {
                        LOG.infof("Billing: %d sessions costed by the sweep, %d months closed, %d invoices issued "
                                + "after an interrupted close, %d payments run", counts[0], counts[1], counts[2], paid);
                    }
                    return (Void) null;
                }))
                .onFailure(e -> LOG.error("Billing run failed; the next run retries", e));
    }
}
