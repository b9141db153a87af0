package com.wallbill.panel.auth;

import com.wallbill.panel.PanelPaths;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Who the token belongs to: what the panel shows in its header and uses to choose its pages. */
@Path(PanelPaths.ROOT + "/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final CurrentCaller current;

    MeResource(CurrentCaller current) {
        this.current = current;
    }

    @GET
    public Caller me() {
        return current.get();
    }
}
