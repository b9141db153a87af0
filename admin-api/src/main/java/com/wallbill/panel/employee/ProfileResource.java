package com.wallbill.panel.employee;

import com.wallbill.panel.PanelPaths;
import com.wallbill.panel.auth.CurrentCaller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletionStage;

/** The employee's own name and postal address. */
@Path(PanelPaths.ROOT + "/me/profile")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    public record ProfileUpdate(String name, EmployeeProfiles.Address address) {
    }

    private final EmployeeProfiles profiles;
    private final CurrentCaller current;

    ProfileResource(EmployeeProfiles profiles, CurrentCaller current) {
        this.profiles = profiles;
        this.current = current;
    }

    @GET
    public CompletionStage<EmployeeProfiles.Profile> get() {
        return profiles.find(current.get().employee()).toCompletionStage();
    }

    @PUT
    public CompletionStage<EmployeeProfiles.Profile> put(ProfileUpdate body) {
        long employee = current.get().employee();
        Checks.require(body != null, "body", "a profile is required");
        return profiles.update(employee, body.name(), body.address()).toCompletionStage();
    }
}
