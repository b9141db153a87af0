package com.wallbill.panel.employee;

import com.wallbill.panel.PanelPaths;
import com.wallbill.panel.auth.CurrentCaller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletionStage;

/**
 * A company admin's view of an employee's IBAN and its confirmation. Only for an employee linked to the admin's
 * company (or owed a held payout by it); anyone else's id is 404.
 */
@Path(PanelPaths.ROOT + "/employees/{employeeId}/iban")
@Produces(MediaType.APPLICATION_JSON)
public class CompanyEmployeeResource {

    /** Optional: the IBAN the admin checked, so a change made meanwhile is not confirmed by mistake. */
    public record Confirmation(String iban) {
    }

    private final EmployeeIbans ibans;
    private final CurrentCaller current;

    CompanyEmployeeResource(EmployeeIbans ibans, CurrentCaller current) {
        this.ibans = ibans;
        this.current = current;
    }

    @GET
    public CompletionStage<EmployeeIbans.IbanView> get(@PathParam("employeeId") long employeeId) {
        return ibans.forAdmin(current.get().company(), employeeId).toCompletionStage();
    }

    @POST
    @Path("confirm")
    public CompletionStage<EmployeeIbans.IbanView> confirm(@PathParam("employeeId") long employeeId,
            Confirmation body) {
        var caller = current.get();
        caller.company();
        return ibans.confirm(caller, employeeId, body == null ? null : body.iban()).toCompletionStage();
    }
}
