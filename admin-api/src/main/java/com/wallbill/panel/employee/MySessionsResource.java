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

/** The employee's own costed sessions, newest first, each with its refund and the refund's status. */
@Path(PanelPaths.ROOT + "/me/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class MySessionsResource {

    private final MyRefunds refunds;
    private final CurrentCaller current;

    MySessionsResource(MyRefunds refunds, CurrentCaller current) {
        this.refunds = refunds;
        this.current = current;
    }

    @GET
    public CompletionStage<Page<MyRefunds.Session>> list(@QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        long employee = current.get().employee();
        int from = Page.offset(offset);
        int size = Page.limit(limit);
        return refunds.sessions(employee, size + 1, from).map(rows -> Page.of(rows, from, size)).toCompletionStage();
    }
}
