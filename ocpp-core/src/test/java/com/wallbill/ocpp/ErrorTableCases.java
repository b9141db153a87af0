package com.wallbill.ocpp;

import static com.wallbill.ocpp.rpc.OcppVersion.V16;
import static com.wallbill.ocpp.rpc.OcppVersion.V201;

import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.ocpp.rpc.Violation;
import java.util.ArrayList;
import java.util.List;

/** The raw frames for {@link ErrorTableTest}: each row of the table, realistic input, both versions. */
final class ErrorTableCases {

    private static final String ID = "19223201";
    private static final String LONG_ID = "0123456789-0123456789-0123456789-012";
    private static final String V16_BOOT = "{\"chargePointVendor\":\"Alfen BV\",\"chargePointModel\":\"NG920-61001\"}";
    private static final String V201_BOOT =
            "{\"reason\":\"PowerUp\",\"chargingStation\":{\"model\":\"Pulsar Plus\",\"vendorName\":\"Wallbox\"}}";

    private final List<ErrorTableCase> cases = new ArrayList<>();

    private ErrorTableCases() {
    }

    static List<ErrorTableCase> all() {
        ErrorTableCases t = new ErrorTableCases();
        for (OcppVersion v : OcppVersion.values()) {
            boolean v16 = v == V16;
            String boot = v16 ? V16_BOOT : V201_BOOT;
            String malformed = v16 ? "FormationViolation" : "RpcFrameworkError";
            String format = v16 ? "FormationViolation" : "FormatViolation";
            String occurrence = v16 ? "OccurenceConstraintViolation" : "OccurrenceConstraintViolation";

            Violation row = Violation.MALFORMED_FRAME;
            t.add(row, v, "BootNotification", malformed, "-1");
            t.add(row, v, "[2,\"" + ID + "\",\"BootNotification\",{\"chargePointVendor\":", malformed, "-1");
            t.add(row, v, "{\"messageTypeId\":2,\"action\":\"Heartbeat\"}", malformed, "-1");
            t.add(row, v, "[]", malformed, "-1");
            t.add(row, v, "[\"2\",\"" + ID + "\",\"Heartbeat\",{}]", malformed, ID);
            t.add(row, v, "[2.0,\"" + ID + "\",\"Heartbeat\",{}]", malformed, ID);
            t.add(row, v, "[2,19223201,\"Heartbeat\",{}]", malformed, "-1");
            t.add(row, v, "[2,\"" + LONG_ID + "7\",\"Heartbeat\",{}]", malformed, "-1");
            t.add(row, v, "[2,\"" + ID + "\",\"Heartbeat\"]", malformed, ID);
            t.add(row, v, "[2,\"" + ID + "\",\"Heartbeat\",{},{}]", malformed, ID);
            t.add(row, v, "[2,\"" + ID + "\",null,{}]", malformed, ID);

            row = Violation.UNKNOWN_MESSAGE_TYPE;
            t.add(row, v, "[5,\"" + ID + "\",\"Heartbeat\",{}]", v16 ? null : "MessageTypeNotSupported", ID);
            t.add(row, v, "[6,\"" + ID + "\",{}]", v16 ? null : "MessageTypeNotSupported", ID);

            row = Violation.UNEXPECTED_RESPONSE;
            t.add(row, v, "[3,\"never-sent\",{\"status\":\"Accepted\"}]", null, null);
            t.add(row, v, "[4,\"never-sent\",\"GenericError\",\"\",{}]", null, null);

            row = Violation.UNKNOWN_ACTION;
            t.add(row, v, "[2,\"" + ID + "\",\"SignCertificate\",{\"csr\":\"-----BEGIN\"}]", "NotImplemented", ID);
            t.add(row, v, "[2,\"" + ID + "\",\"heartbeat\",{}]", "NotImplemented", ID);
            t.add(row, v, "[2,\"" + ID + "\",\"Reset\",{\"type\":\"" + (v16 ? "Hard" : "Immediate") + "\"}]",
                    "NotImplemented", ID);

            row = Violation.UNSUPPORTED_ACTION;
            t.add(row, v, v16 ? "[2,\"" + ID + "\",\"Authorize\",{\"idTag\":\"04A2B3C4D5E680\"}]"
                    : "[2,\"" + ID + "\",\"Authorize\",{\"idToken\":{\"idToken\":\"04A2B3C4\",\"type\":\"ISO14443\"}}]",
                    "NotSupported", ID);

            row = Violation.WRONG_STRUCTURE;
            t.add(row, v, "[2,\"" + ID + "\",\"BootNotification\",[]]", format, ID);
            t.add(row, v, "[2,\"" + ID + "\",\"BootNotification\",\"" + "vendor" + "\"]", format, ID);
            t.add(row, v, "[2,\"" + ID + "\",\"BootNotification\"," + boot.replaceFirst("\\{", "{\"color\":\"red\",")
                    + "]", format, ID);

            row = Violation.REQUIRED_MISSING;
            t.add(row, v, v16 ? "[2,\"" + ID + "\",\"BootNotification\",{\"chargePointModel\":\"NG920-61001\"}]"
                    : "[2,\"" + ID + "\",\"BootNotification\",{\"reason\":\"PowerUp\"}]", occurrence, ID);

            row = Violation.ARRAY_SIZE;
            t.add(row, v, v16 ? "[2,\"" + ID + "\",\"MeterValues\",{\"connectorId\":1,\"meterValue\":[]}]"
                    : "[2,\"" + ID + "\",\"MeterValues\",{\"evseId\":1,\"meterValue\":[]}]", occurrence, ID);

            row = Violation.WRONG_TYPE;
            t.add(row, v, "[2,\"" + ID + "\",\"BootNotification\"," + boot.replace("\"Alfen BV\"", "12")
                    .replace("\"Wallbox\"", "12") + "]", "TypeConstraintViolation", ID);
            t.add(row, v, v16 ? "[2,\"" + ID + "\",\"MeterValues\",{\"connectorId\":\"1\",\"meterValue\":[]}]"
                    : "[2,\"" + ID + "\",\"MeterValues\",{\"evseId\":1.5,\"meterValue\":[]}]",
                    "TypeConstraintViolation", ID);

            row = Violation.BAD_VALUE;
            t.add(row, v, "[2,\"" + ID + "\",\"BootNotification\"," + boot.replace("Alfen BV", "Alfen BV Netherlands 1")
                    .replace("\"Wallbox\"", "\"" + "W".repeat(51) + "\"") + "]", "PropertyConstraintViolation", ID);
            t.add(row, v, v16 ? "[2,\"" + ID + "\",\"BootNotification\",{\"chargePointVendor\":\"A\","
                    + "\"chargePointModel\":\"B\",\"chargePointSerialNumber\":\"" + "9".repeat(26) + "\"}]"
                    : "[2,\"" + ID + "\",\"BootNotification\",{\"reason\":\"Reboot\",\"chargingStation\":"
                    + "{\"model\":\"M\",\"vendorName\":\"V\"}}]", "PropertyConstraintViolation", ID);

            row = Violation.NOT_ACCEPTED_YET;
            t.add(row, v, v16 ? "[2,\"" + ID + "\",\"StartTransaction\",{\"connectorId\":1,\"idTag\":\"04A2B3C4\","
                    + "\"meterStart\":12734,\"timestamp\":\"2024-03-05T18:02:45Z\"}]"
                    : "[2,\"" + ID + "\",\"TransactionEvent\",{\"eventType\":\"Started\",\"timestamp\":"
                    + "\"2024-03-05T18:02:45Z\",\"triggerReason\":\"CablePluggedIn\",\"seqNo\":0,"
                    + "\"transactionInfo\":{\"transactionId\":\"f3b9a2c4\"}}]", "SecurityError", ID);

            row = Violation.INTERNAL_FAILURE;
            t.add(row, v, "[2,\"" + ID + "\",\"Heartbeat\",{}]", "InternalError", ID);
        }
        return t.cases;
    }

    private void add(Violation row, OcppVersion version, String raw, String code, String id) {
        cases.add(new ErrorTableCase(row, version, raw, code, id));
    }
}
