package com.wallbill.central.operator;

import com.wallbill.billing.app.SandboxPaymentProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletionStage;

/** The sandbox payment provider's ledger: every card charge and payout it was asked for, with its outcome. */
@Path(OperatorPaths.ROOT + "/sandbox/ledger")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxResource {

    private final SandboxPaymentProvider sandbox;

    SandboxResource(SandboxPaymentProvider sandbox) {
        this.sandbox = sandbox;
    }

    @GET
    public CompletionStage<Page<SandboxPaymentProvider.LedgerEntry>> ledger(@QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        int o = Page.offset(offset);
        int l = Page.limit(limit);
        return sandbox.ledger(l + 1, o).map(entries -> Page.of(entries, o, l)).toCompletionStage();
    }
}
