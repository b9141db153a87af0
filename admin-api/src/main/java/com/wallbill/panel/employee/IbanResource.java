package com.wallbill.panel.employee;

import com.wallbill.panel.PanelPaths;
import com.wallbill.panel.auth.CurrentCaller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletionStage;

/**
 * The employee's own bank account for refunds, in full. A change holds automatic payouts until an admin of a
 * linked company confirms it.
 */
@Path(PanelPaths.ROOT + "/me/iban")
@Produces(MediaType.APPLICATION_JSON)
public class IbanResource {

    public record NewIban(String iban, String bic) {
    }

    private final EmployeeIbans ibans;
    private final CurrentCaller current;

    IbanResource(EmployeeIbans ibans, CurrentCaller current) {
        this.ibans = ibans;
        this.current = current;
    }

    @GET
    public CompletionStage<EmployeeIbans.IbanView> get() {
        return ibans.own(current.get().employee()).toCompletionStage();
    }

    @PUT
    public CompletionStage<EmployeeIbans.IbanView> put(NewIban body) {
        var caller = current.get();
        caller.employee();
        Checks.require(body != null, "iban", "is required");
        return ibans.change(caller, body.iban(), body.bic()).toCompletionStage();
    }
}
