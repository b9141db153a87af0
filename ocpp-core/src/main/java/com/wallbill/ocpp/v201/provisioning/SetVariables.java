package com.wallbill.ocpp.v201.provisioning;

import com.wallbill.ocpp.common.Required;
import com.wallbill.ocpp.common.Size;
import java.util.List;

/** SetVariables (CSMS to station): write device-model variables. */
public final class SetVariables {

    public static final String ACTION = "SetVariables";

    private SetVariables() {
    }

    public record Request(@Required @Size(min = 1) List<SetVariableData> setVariableData) {
    }

    public record Response(@Required @Size(min = 1) List<SetVariableResult> setVariableResult) {
    }
}
