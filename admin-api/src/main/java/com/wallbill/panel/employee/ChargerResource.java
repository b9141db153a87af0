package com.wallbill.panel.employee;

import com.wallbill.panel.Page;
import com.wallbill.panel.PanelPaths;
import com.wallbill.panel.auth.CurrentCaller;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;

/**
 * The employee's chargers: register one with the OCPP password it will use (security profile 1, HTTP Basic with
 * the charge point id as user), list them with their links, give one up.
 */
@Path(PanelPaths.ROOT + "/me/chargers")
@Produces(MediaType.APPLICATION_JSON)
public class ChargerResource {

    public record NewCharger(String chargePointId, String password) {
    }

    private final OwnedChargers chargers;
    private final CurrentCaller current;

    ChargerResource(OwnedChargers chargers, CurrentCaller current) {
        this.chargers = chargers;
        this.current = current;
    }

    /** 201 for a new or newly claimed charger, 200 when the caller's own charger gets a new password. */
    @POST
    public CompletionStage<Response> register(NewCharger body) {
        long employee = current.get().employee();
        Checks.require(body != null, "body", "chargePointId and password are required");
        return chargers.register(employee, body.chargePointId(), body.password())
                .map(r -> Response.status(r.created() ? 201 : 200).entity(r.charger()).build())
                .toCompletionStage();
    }

    @GET
    public CompletionStage<Page<OwnedChargers.Charger>> list(@QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        long employee = current.get().employee();
        int from = Page.offset(offset);
        int size = Page.limit(limit);
        return chargers.list(employee, size + 1, from).map(rows -> Page.of(rows, from, size)).toCompletionStage();
    }

    @DELETE
    @Path("{chargePointId}")
    public CompletionStage<Response> remove(@PathParam("chargePointId") String chargePointId) {
        return chargers.remove(current.get(), chargePointId).map(x -> Response.noContent().build())
                .toCompletionStage();
    }
}
