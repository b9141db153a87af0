package com.wallbill.panel.employee;

import com.wallbill.panel.PanelPaths;
import com.wallbill.panel.auth.CurrentCaller;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;

/**
 * Links of the employee's chargers to companies, by the company code the company shares: 404 for an unknown code
 * or a charger that is not the caller's, 409 for a charger linked already. Current links are listed with the
 * chargers.
 */
@Path(PanelPaths.ROOT + "/me/links")
@Produces(MediaType.APPLICATION_JSON)
public class LinkResource {

    public record NewLink(String chargePointId, String companyCode) {
    }

    private final OwnedChargers chargers;
    private final CurrentCaller current;

    LinkResource(OwnedChargers chargers, CurrentCaller current) {
        this.chargers = chargers;
        this.current = current;
    }

    @POST
    public CompletionStage<Response> link(NewLink body) {
        var caller = current.get();
        caller.employee();
        Checks.require(body != null, "body", "chargePointId and companyCode are required");
        return chargers.link(caller, body.chargePointId(), body.companyCode())
                .map(link -> Response.status(201).entity(link).build()).toCompletionStage();
    }

    @DELETE
    @Path("{linkId}")
    public CompletionStage<Response> unlink(@PathParam("linkId") long linkId) {
        return chargers.unlink(current.get(), linkId).map(x -> Response.noContent().build()).toCompletionStage();
    }
}
