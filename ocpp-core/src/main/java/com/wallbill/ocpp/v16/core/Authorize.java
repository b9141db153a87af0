package com.wallbill.ocpp.v16.core;

import com.wallbill.ocpp.common.MaxLength;
import com.wallbill.ocpp.common.Required;

/** Authorize (charger to CSMS): may this idTag charge? */
public final class Authorize {

    public static final String ACTION = "Authorize";

    private Authorize() {
    }

    public record Request(@Required @MaxLength(20) String idTag) {
    }

    public record Response(@Required IdTagInfo idTagInfo) {
    }
}
