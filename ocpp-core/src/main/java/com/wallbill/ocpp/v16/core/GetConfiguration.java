package com.wallbill.ocpp.v16.core;

import com.wallbill.ocpp.common.MaxLength;
import java.util.List;

/** GetConfiguration (CSMS to charger): read keys; no {@code key} list means all keys. */
public final class GetConfiguration {

    public static final String ACTION = "GetConfiguration";

    private GetConfiguration() {
    }

    /** {@code @MaxLength} applies to each key. */
    public record Request(@MaxLength(50) List<String> key) {
    }

    public record Response(
            List<KeyValue> configurationKey,
            @MaxLength(50) List<String> unknownKey) {
    }
}
