package com.wallbill.panel.employee;

import com.wallbill.panel.Page;
import com.wallbill.panel.PanelPaths;
import com.wallbill.panel.auth.CurrentCaller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletionStage;

/** The employee's refunds per month and company, newest month first, with their status and payout. */
@Path(PanelPaths.ROOT + "/me/refunds")
@Produces(MediaType.APPLICATION_JSON)
public class MyRefundsResource {

    private final MyRefunds refunds;
    private final CurrentCaller current;

    MyRefundsResource(MyRefunds refunds, CurrentCaller current) {
        this.refunds = refunds;
        this.current = current;
    }

    @GET
    public CompletionStage<Page<MyRefunds.MonthRefund>> list(@QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        long employee = current.get().employee();
        int from = Page.offset(offset);
        int size = Page.limit(limit);
        return refunds.months(employee, size + 1, from).map(rows -> Page.of(rows, from, size)).toCompletionStage();
    }
}
