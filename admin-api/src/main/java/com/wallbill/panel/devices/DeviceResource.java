package com.wallbill.panel.devices;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.wallbill.panel.BodyProblems;
import com.wallbill.panel.FieldChecks;
import com.wallbill.panel.Page;
import com.wallbill.panel.PanelPaths;
import com.wallbill.panel.auth.CurrentCaller;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The company's linked chargers ("devices", addressed by their link id): status, last session, effective
 * settings, per-device overrides, the employee's details for transfers, and unlinking.
 */
@Path(PanelPaths.ROOT + "/devices")
@Produces(MediaType.APPLICATION_JSON)
public class DeviceResource {

    private final Devices devices;
    private final LinkedEmployees employees;
    private final CurrentCaller current;

    DeviceResource(Devices devices, LinkedEmployees employees, CurrentCaller current) {
        this.devices = devices;
        this.employees = employees;
        this.current = current;
    }

    /** Current links, oldest first; filter by employee id and/or charge point id. */
    @GET
    public CompletionStage<Page<Devices.DeviceView>> list(@QueryParam("employeeId") String employeeId,
            @QueryParam("chargePointId") String chargePointId, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        long companyId = current.get().company();
        String cp = chargePointId == null || chargePointId.isBlank() ? null : chargePointId.strip();
        Devices.Filter filter = new Devices.Filter(FieldChecks.number(employeeId, "employeeId"), cp);
        return devices.list(companyId, filter, Page.offset(FieldChecks.integer(offset, "offset")),
                Page.limit(FieldChecks.integer(limit, "limit"))).toCompletionStage();
    }

    @GET
    @Path("{linkId}")
    public CompletionStage<Devices.DeviceView> get(@PathParam("linkId") long linkId) {
        return devices.get(current.get().company(), linkId).toCompletionStage();
    }

    /**
     * Replaces the device's overrides from now: {@code paymentType}, {@code refundPercent}, {@code rateId} (null:
     * the company's); {@code loggingActive} true activates a device waiting for activation, false stops billing it
     * (null keeps it as it is).
     */
    @PUT
    @Path("{linkId}/settings")
    public CompletionStage<Devices.DeviceView> settings(@PathParam("linkId") long linkId, Devices.Overrides body) {
        long companyId = current.get().company();
        FieldChecks.require(body != null, "body", "is required");
        if (body.refundPercent() != null) {
            FieldChecks.percent(body.refundPercent(), "refundPercent");
        }
        return devices.setOverrides(companyId, linkId, body).toCompletionStage();
    }

    /** The employee who linked the charger, with the full IBAN (for manual transfers). */
    @GET
    @Path("{linkId}/employee")
    public CompletionStage<LinkedEmployees.EmployeeDetails> employee(@PathParam("linkId") long linkId) {
        return employees.ofLink(current.get().company(), linkId).toCompletionStage();
    }

    /** Unlinks the charger from now; its sessions from then on are not the company's. */
    @DELETE
    @Path("{linkId}")
    public CompletionStage<Response> unlink(@PathParam("linkId") long linkId) {
        return devices.unlink(current.get().company(), linkId).map(x -> Response.noContent().build())
                .toCompletionStage();
    }

    @ServerExceptionMapper
    public Response unreadable(MismatchedInputException e) {
        return BodyProblems.unreadable(e);
    }
}
