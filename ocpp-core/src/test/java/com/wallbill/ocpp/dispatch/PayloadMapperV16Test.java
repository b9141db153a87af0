package com.wallbill.ocpp.dispatch;

import static com.wallbill.ocpp.Json.chars;
import static com.wallbill.ocpp.dispatch.PayloadCase.invalid;
import static com.wallbill.ocpp.dispatch.PayloadCase.valid;
import static com.wallbill.ocpp.rpc.ErrorCode.FORMAT_VIOLATION;
import static com.wallbill.ocpp.rpc.ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION;
import static com.wallbill.ocpp.rpc.ErrorCode.PROPERTY_CONSTRAINT_VIOLATION;
import static com.wallbill.ocpp.rpc.ErrorCode.TYPE_CONSTRAINT_VIOLATION;

import com.wallbill.ocpp.v16.core.BootNotification;
import com.wallbill.ocpp.v16.core.GetConfiguration;
import com.wallbill.ocpp.v16.core.MeterValues;
import com.wallbill.ocpp.v16.core.StartTransaction;
import com.wallbill.ocpp.v16.core.StatusNotification;
import com.wallbill.ocpp.v16.core.StopTransaction;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PayloadMapperV16Test {

    private static final Class<?> START = StartTransaction.Request.class;
    private static final Class<?> STOP = StopTransaction.Request.class;
    private static final Class<?> METER = MeterValues.Request.class;
    private static final Class<?> STATUS = StatusNotification.Request.class;
    private static final Class<?> BOOT = BootNotification.Request.class;

    private static final String START_OK =
            "{'connectorId':1,'idTag':'04A2B3C4D5E680','meterStart':12734,'timestamp':'2024-03-05T18:02:45Z'}";
    private static final String SAMPLE = "{'value':'12873','measurand':'Energy.Active.Import.Register','unit':'Wh'}";

    static List<PayloadCase> cases() {
        return List.of(
                valid("typical start", START, START_OK),
                valid("timestamp with offset and millis", START, START_OK.replace("18:02:45Z", "19:02:45.123+01:00")),
                valid("timestamp without offset (read as UTC)", START, START_OK.replace("18:02:45Z", "18:02:45")),
                valid("idTag of exactly 20", START, START_OK.replace("04A2B3C4D5E680", chars(20))),
                invalid("idTag missing", START, START_OK.replace("'idTag':'04A2B3C4D5E680',", ""),
                        OCCURRENCE_CONSTRAINT_VIOLATION, "idTag: required field is missing"),
                invalid("meterStart missing", START, START_OK.replace("'meterStart':12734,", ""),
                        OCCURRENCE_CONSTRAINT_VIOLATION, "meterStart:"),
                invalid("idTag of 21", START, START_OK.replace("04A2B3C4D5E680", chars(21)),
                        PROPERTY_CONSTRAINT_VIOLATION, "idTag: length 21 exceeds the maximum of 20"),
                invalid("connectorId as string", START, START_OK.replace("'connectorId':1", "'connectorId':'1'"),
                        TYPE_CONSTRAINT_VIOLATION, "connectorId: expected an integer, got a string"),
                invalid("meterStart as decimal", START, START_OK.replace("12734", "12734.5"),
                        TYPE_CONSTRAINT_VIOLATION, "meterStart: expected an integer, got a decimal number"),
                invalid("connectorId 0", START, START_OK.replace("'connectorId':1", "'connectorId':0"),
                        PROPERTY_CONSTRAINT_VIOLATION, "connectorId: 0 is below the minimum of 1"),
                invalid("meterStart beyond 32 bits", START, START_OK.replace("12734", "3000000000"),
                        PROPERTY_CONSTRAINT_VIOLATION, "meterStart: 3000000000 is out of range"),
                invalid("timestamp not ISO 8601", START, START_OK.replace("2024-03-05T18:02:45Z", "05/03/2024 18:02"),
                        PROPERTY_CONSTRAINT_VIOLATION, "timestamp: \"05/03/2024 18:02\" is not a valid date-time"),
                invalid("timestamp as epoch number", START, START_OK.replace("'2024-03-05T18:02:45Z'", "1709661765"),
                        TYPE_CONSTRAINT_VIOLATION, "timestamp: expected a date-time string"),
                invalid("idTag null", START, START_OK.replace("'04A2B3C4D5E680'", "null"),
                        TYPE_CONSTRAINT_VIOLATION, "idTag: expected a string, got null"),
                invalid("unknown property", START, START_OK.replace("{", "{'transactionId':5,"),
                        FORMAT_VIOLATION, "transactionId: property is not defined for StartTransaction.Request"),
                invalid("customData is not a 1.6 field", START,
                        START_OK.replace("{", "{'customData':{'vendorId':'x'},"), FORMAT_VIOLATION, "customData:"),

                valid("stop with meter data", STOP, "{'idTag':'04A2B3C4','meterStop':19547,'timestamp':"
                        + "'2024-03-05T19:12:03Z','transactionId':1482,'reason':'EVDisconnected','transactionData':"
                        + "[{'timestamp':'2024-03-05T19:12:03Z','sampledValue':[" + SAMPLE + "]}]}"),
                valid("stop of a transaction the CSMS never confirmed", STOP,
                        "{'meterStop':5210,'timestamp':'2024-03-06T07:30:00Z','transactionId':-1}"),
                invalid("unknown reason", STOP, "{'meterStop':1,'timestamp':'2024-03-06T07:30:00Z',"
                        + "'transactionId':1,'reason':'Unplugged'}", PROPERTY_CONSTRAINT_VIOLATION,
                        "reason: \"Unplugged\" is not one of [DeAuthorized,"),
                invalid("transactionData without sampledValue", STOP, "{'meterStop':1,'timestamp':"
                        + "'2024-03-06T07:30:00Z','transactionId':1,'transactionData':[{'timestamp':"
                        + "'2024-03-06T07:30:00Z'}]}", OCCURRENCE_CONSTRAINT_VIOLATION,
                        "transactionData[0].sampledValue: required field is missing"),
                invalid("transactionData as object", STOP, "{'meterStop':1,'timestamp':'2024-03-06T07:30:00Z',"
                        + "'transactionId':1,'transactionData':{}}", TYPE_CONSTRAINT_VIOLATION,
                        "transactionData: expected an array, got an object"),
                invalid("stop without timestamp", STOP, "{'meterStop':1,'transactionId':1}",
                        OCCURRENCE_CONSTRAINT_VIOLATION, "timestamp: required field is missing"),

                valid("meter values", METER, "{'connectorId':1,'transactionId':1482,'meterValue':[{'timestamp':"
                        + "'2024-03-05T18:22:10Z','sampledValue':[" + SAMPLE + "]}]}"),
                invalid("no meter value", METER, "{'connectorId':1,'meterValue':[]}",
                        OCCURRENCE_CONSTRAINT_VIOLATION, "meterValue: array has 0 elements, at least 1 required"),
                invalid("unknown measurand deep inside", METER, "{'connectorId':1,'meterValue':[{'timestamp':"
                        + "'2024-03-05T18:22:10Z','sampledValue':[" + SAMPLE + ",{'value':'1','measurand':'Foo'}]}]}",
                        PROPERTY_CONSTRAINT_VIOLATION,
                        "meterValue[0].sampledValue[1].measurand: \"Foo\" is not one of [Current.Export,"),
                invalid("numeric value (2.0.1 style) on 1.6", METER, "{'connectorId':1,'meterValue':[{'timestamp':"
                        + "'2024-03-05T18:22:10Z','sampledValue':[{'value':12.5}]}]}", TYPE_CONSTRAINT_VIOLATION,
                        "meterValue[0].sampledValue[0].value: expected a string, got a decimal number"),
                invalid("unit in the wrong case", METER, "{'connectorId':1,'meterValue':[{'timestamp':"
                        + "'2024-03-05T18:22:10Z','sampledValue':[{'value':'1','unit':'kwh'}]}]}",
                        PROPERTY_CONSTRAINT_VIOLATION, "meterValue[0].sampledValue[0].unit: \"kwh\""),
                invalid("connectorId missing", METER, "{'meterValue':[{'timestamp':'2024-03-05T18:22:10Z',"
                        + "'sampledValue':[" + SAMPLE + "]}]}", OCCURRENCE_CONSTRAINT_VIOLATION, "connectorId:"),

                valid("status of the charge point", STATUS, "{'connectorId':0,'errorCode':'NoError','status':'Available'}"),
                invalid("status without errorCode", STATUS, "{'connectorId':1,'status':'Available'}",
                        OCCURRENCE_CONSTRAINT_VIOLATION, "errorCode: required field is missing"),
                invalid("2.0.1 status value on 1.6", STATUS, "{'connectorId':1,'errorCode':'NoError','status':'Occupied'}",
                        PROPERTY_CONSTRAINT_VIOLATION, "status: \"Occupied\" is not one of [Available,"),
                invalid("info of 51", STATUS, "{'connectorId':1,'errorCode':'OtherError','status':'Faulted','info':'"
                        + chars(51) + "'}", PROPERTY_CONSTRAINT_VIOLATION, "info: length 51 exceeds the maximum of 50"),
                invalid("negative connector", STATUS, "{'connectorId':-1,'errorCode':'NoError','status':'Available'}",
                        PROPERTY_CONSTRAINT_VIOLATION, "connectorId: -1 is below the minimum of 0"),

                valid("boot", BOOT, "{'chargePointVendor':'Alfen BV','chargePointModel':'NG920-61001'}"),
                invalid("vendor of 21", BOOT, "{'chargePointVendor':'" + chars(21) + "','chargePointModel':'M'}",
                        PROPERTY_CONSTRAINT_VIOLATION, "chargePointVendor: length 21"),
                invalid("boot without model", BOOT, "{'chargePointVendor':'Alfen BV'}",
                        OCCURRENCE_CONSTRAINT_VIOLATION, "chargePointModel: required field is missing"),
                invalid("serial of 26", BOOT, "{'chargePointVendor':'V','chargePointModel':'M',"
                        + "'chargePointSerialNumber':'" + chars(26) + "'}", PROPERTY_CONSTRAINT_VIOLATION,
                        "chargePointSerialNumber: length 26 exceeds the maximum of 25"),
                invalid("firmware of 51", BOOT, "{'chargePointVendor':'V','chargePointModel':'M',"
                        + "'firmwareVersion':'" + chars(51) + "'}", PROPERTY_CONSTRAINT_VIOLATION, "firmwareVersion:"),
                invalid("payload is an array", BOOT, "['Alfen BV']", FORMAT_VIOLATION,
                        "payload must be a JSON object, got an array"),

                invalid("configuration key of 51", GetConfiguration.Request.class,
                        "{'key':['HeartbeatInterval','" + chars(51) + "']}", PROPERTY_CONSTRAINT_VIOLATION,
                        "key[1]: length 51 exceeds the maximum of 50"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void payloadIsAcceptedOrRejectedWithTheTableCodeNamingTheField(PayloadCase row) {
        row.check();
    }
}
