package com.wallbill.ocpp.v201.provisioning;

import com.wallbill.ocpp.common.Range;
import com.wallbill.ocpp.common.Required;
import com.wallbill.ocpp.common.Size;
import java.time.Instant;
import java.util.List;

/** NotifyReport (station to CSMS): one part ({@code seqNo}) of a device-model report; {@code tbc} = more follow. */
public final class NotifyReport {

    public static final String ACTION = "NotifyReport";

    private NotifyReport() {
    }

    public record Request(
            int requestId,
            @Required Instant generatedAt,
            @Size(min = 1) List<ReportData> reportData,
            Boolean tbc,
            @Range(min = 0) int seqNo) {
    }

    public record Response() {
    }
}
