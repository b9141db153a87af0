package com.wallbill.ocpp.v201.provisioning;

import com.wallbill.ocpp.common.Required;
import com.wallbill.ocpp.common.Size;
import java.util.List;

/** GetVariables (CSMS to station): read device-model variables. */
public final class GetVariables {

    public static final String ACTION = "GetVariables";

    private GetVariables() {
    }

    public record Request(@Required @Size(min = 1) List<GetVariableData> getVariableData) {
    }

    public record Response(@Required @Size(min = 1) List<GetVariableResult> getVariableResult) {
    }
}
