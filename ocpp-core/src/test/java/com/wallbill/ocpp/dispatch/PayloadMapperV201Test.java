package com.wallbill.ocpp.dispatch;

import static com.wallbill.ocpp.Json.chars;
import static com.wallbill.ocpp.dispatch.PayloadCase.invalid;
import static com.wallbill.ocpp.dispatch.PayloadCase.valid;
import static com.wallbill.ocpp.rpc.ErrorCode.FORMAT_VIOLATION;
import static com.wallbill.ocpp.rpc.ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION;
import static com.wallbill.ocpp.rpc.ErrorCode.PROPERTY_CONSTRAINT_VIOLATION;
import static com.wallbill.ocpp.rpc.ErrorCode.TYPE_CONSTRAINT_VIOLATION;

import com.wallbill.ocpp.v201.availability.StatusNotification;
import com.wallbill.ocpp.v201.metervalues.MeterValues;
import com.wallbill.ocpp.v201.provisioning.BootNotification;
import com.wallbill.ocpp.v201.transactions.TransactionEvent;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PayloadMapperV201Test {

    private static final Class<?> TX = TransactionEvent.Request.class;
    private static final Class<?> BOOT = BootNotification.Request.class;
    private static final Class<?> STATUS = StatusNotification.Request.class;
    private static final Class<?> METER = MeterValues.Request.class;

    private static final String TX_ID = "f3b9a2c4-5d6e-4f70-8a91-b2c3d4e5f607";
    private static final String STARTED = "{'eventType':'Started','timestamp':'2024-03-05T18:02:45.512Z',"
            + "'triggerReason':'CablePluggedIn','seqNo':0,'transactionInfo':{'transactionId':'" + TX_ID + "',"
            + "'chargingState':'EVConnected'},'evse':{'id':1,'connectorId':1},'idToken':{'idToken':'04A2B3C4',"
            + "'type':'ISO14443'},'meterValue':[{'timestamp':'2024-03-05T18:02:45.512Z','sampledValue':"
            + "[{'value':12734,'context':'Transaction.Begin','unitOfMeasure':{'unit':'Wh'}}]}]}";
    private static final String BOOT_OK = "{'reason':'PowerUp','chargingStation':{'model':'TACW22-T-RD-M-0',"
            + "'vendorName':'ABB','serialNumber':'TACW224320G1234','modem':{'iccid':'8931087119012345678'}}}";
    private static final String STATUS_OK =
            "{'timestamp':'2024-03-05T18:02:31Z','connectorStatus':'Occupied','evseId':1,'connectorId':1}";
    private static final String METER_OK = "{'evseId':1,'meterValue':[{'timestamp':'2024-03-05T19:00:00Z',"
            + "'sampledValue':[{'value':48211.7,'phase':'L1','unitOfMeasure':{'unit':'kWh','multiplier':0}}]}]}";

    static List<PayloadCase> cases() {
        return List.of(
                valid("started with everything", TX, STARTED),
                valid("customData at the top and nested", TX, STARTED
                        .replace("{'eventType'", "{'customData':{'vendorId':'com.abb','x':1},'eventType'")
                        .replace("'chargingState':'EVConnected'",
                                "'chargingState':'EVConnected','customData':{'vendorId':'com.abb'}")),
                invalid("customData that is not an object", TX, STARTED.replace("{'eventType'",
                        "{'customData':'com.abb','eventType'"), TYPE_CONSTRAINT_VIOLATION,
                        "customData: expected an object, got a string"),
                invalid("negative seqNo", TX, STARTED.replace("'seqNo':0", "'seqNo':-1"),
                        PROPERTY_CONSTRAINT_VIOLATION, "seqNo: -1 is below the minimum of 0"),
                invalid("seqNo missing", TX, STARTED.replace("'seqNo':0,", ""),
                        OCCURRENCE_CONSTRAINT_VIOLATION, "seqNo: required field is missing"),
                invalid("transactionId of 37", TX, STARTED.replace(TX_ID, TX_ID + "8"),
                        PROPERTY_CONSTRAINT_VIOLATION, "transactionInfo.transactionId: length 37"),
                invalid("eventType outside the enum", TX, STARTED.replace("'Started'", "'Begin'"),
                        PROPERTY_CONSTRAINT_VIOLATION, "eventType: \"Begin\" is not one of [Ended, Started, Updated]"),
                invalid("triggerReason missing", TX, STARTED.replace("'triggerReason':'CablePluggedIn',", ""),
                        OCCURRENCE_CONSTRAINT_VIOLATION, "triggerReason:"),
                invalid("sampled value as string (1.6 style)", TX, STARTED.replace("'value':12734", "'value':'12734'"),
                        TYPE_CONSTRAINT_VIOLATION, "meterValue[0].sampledValue[0].value: expected a number, got a string"),
                invalid("idToken of 37", TX, STARTED.replace("'04A2B3C4'", "'" + chars(37) + "'"),
                        PROPERTY_CONSTRAINT_VIOLATION, "idToken.idToken: length 37 exceeds the maximum of 36"),
                invalid("idToken type outside the enum", TX, STARTED.replace("'ISO14443'", "'RFID'"),
                        PROPERTY_CONSTRAINT_VIOLATION, "idToken.type: \"RFID\""),
                invalid("evse id as string", TX, STARTED.replace("'id':1", "'id':'one'"),
                        TYPE_CONSTRAINT_VIOLATION, "evse.id: expected an integer, got a string"),
                invalid("offline as string", TX, STARTED.replace("'seqNo':0", "'seqNo':0,'offline':'true'"),
                        TYPE_CONSTRAINT_VIOLATION, "offline: expected a boolean, got a string"),
                invalid("empty meterValue", TX, STARTED.replaceAll("'meterValue':\\[.*]}$", "'meterValue':[]}"),
                        OCCURRENCE_CONSTRAINT_VIOLATION, "meterValue: array has 0 elements"),
                invalid("unknown property", TX, STARTED.replace("'seqNo':0", "'seqNo':0,'transactionId':'x'"),
                        FORMAT_VIOLATION, "transactionId: property is not defined for TransactionEvent.Request"),
                invalid("impossible date", TX, STARTED.replace("'2024-03-05T18:02:45.512Z','triggerReason'",
                        "'2024-02-30T10:00:00Z','triggerReason'"), PROPERTY_CONSTRAINT_VIOLATION,
                        "timestamp: \"2024-02-30T10:00:00Z\" is not a valid date-time"),
                invalid("chargingState in the wrong case", TX, STARTED.replace("'EVConnected'", "'evconnected'"),
                        PROPERTY_CONSTRAINT_VIOLATION, "transactionInfo.chargingState:"),
                invalid("numberOfPhasesUsed as decimal", TX, STARTED.replace("'seqNo':0", "'seqNo':0,'numberOfPhasesUsed':1.0"),
                        TYPE_CONSTRAINT_VIOLATION, "numberOfPhasesUsed: expected an integer, got a decimal number"),

                valid("boot", BOOT, BOOT_OK),
                invalid("vendorName of 51", BOOT, BOOT_OK.replace("'ABB'", "'" + chars(51) + "'"),
                        PROPERTY_CONSTRAINT_VIOLATION, "chargingStation.vendorName: length 51 exceeds the maximum of 50"),
                invalid("model of 21 (a real ABB model name)", BOOT, BOOT_OK.replace("TACW22-T-RD-M-0",
                        "Terra AC W22-T-RD-M-0"), PROPERTY_CONSTRAINT_VIOLATION, "chargingStation.model: length 21"),
                invalid("serialNumber of 26", BOOT, BOOT_OK.replace("TACW224320G1234", chars(26)),
                        PROPERTY_CONSTRAINT_VIOLATION, "chargingStation.serialNumber:"),
                invalid("chargingStation missing", BOOT, "{'reason':'PowerUp'}",
                        OCCURRENCE_CONSTRAINT_VIOLATION, "chargingStation: required field is missing"),
                invalid("1.6 reset reason", BOOT, BOOT_OK.replace("'PowerUp'", "'Reboot'"),
                        PROPERTY_CONSTRAINT_VIOLATION, "reason: \"Reboot\" is not one of"),
                invalid("iccid of 21", BOOT, BOOT_OK.replace("8931087119012345678", chars(21)),
                        PROPERTY_CONSTRAINT_VIOLATION, "chargingStation.modem.iccid: length 21"),
                invalid("chargingStation as string", BOOT, "{'reason':'PowerUp','chargingStation':'ABB'}",
                        TYPE_CONSTRAINT_VIOLATION, "chargingStation: expected an object, got a string"),

                valid("status", STATUS, STATUS_OK),
                valid("status with timestamp without offset", STATUS, STATUS_OK.replace("18:02:31Z", "18:02:31")),
                invalid("1.6 status value", STATUS, STATUS_OK.replace("'Occupied'", "'Charging'"),
                        PROPERTY_CONSTRAINT_VIOLATION, "connectorStatus: \"Charging\" is not one of [Available,"),
                invalid("evseId missing", STATUS, STATUS_OK.replace("'evseId':1,", ""),
                        OCCURRENCE_CONSTRAINT_VIOLATION, "evseId: required field is missing"),
                invalid("connectorId as string", STATUS, STATUS_OK.replace("'connectorId':1", "'connectorId':'1'"),
                        TYPE_CONSTRAINT_VIOLATION, "connectorId: expected an integer"),

                valid("meter values", METER, METER_OK),
                invalid("evseId missing", METER, METER_OK.replace("'evseId':1,", ""),
                        OCCURRENCE_CONSTRAINT_VIOLATION, "evseId:"),
                invalid("unit of 21", METER, METER_OK.replace("'kWh'", "'" + chars(21) + "'"),
                        PROPERTY_CONSTRAINT_VIOLATION, "meterValue[0].sampledValue[0].unitOfMeasure.unit: length 21"),
                invalid("fractional multiplier", METER, METER_OK.replace("'multiplier':0", "'multiplier':1.5"),
                        TYPE_CONSTRAINT_VIOLATION, "meterValue[0].sampledValue[0].unitOfMeasure.multiplier:"),
                invalid("absurd exponent", METER, METER_OK.replace("48211.7", "1e999999999"),
                        PROPERTY_CONSTRAINT_VIOLATION, "meterValue[0].sampledValue[0].value: number is outside"),
                valid("negative and tiny values", METER, METER_OK.replace("48211.7", "-0.000001")),
                invalid("phase L4", METER, METER_OK.replace("'L1'", "'L4'"),
                        PROPERTY_CONSTRAINT_VIOLATION, "meterValue[0].sampledValue[0].phase: \"L4\""),
                invalid("meter value without timestamp", METER, METER_OK.replace("'timestamp':'2024-03-05T19:00:00Z',", ""),
                        OCCURRENCE_CONSTRAINT_VIOLATION, "meterValue[0].timestamp: required field is missing"),
                invalid("signed value without public key", METER, METER_OK.replace("'phase':'L1',",
                        "'signedMeterValue':{'signedMeterData':'AP8B','signingMethod':'ECDSA','encodingMethod':'OCMF'},"),
                        OCCURRENCE_CONSTRAINT_VIOLATION, "meterValue[0].sampledValue[0].signedMeterValue.publicKey:"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void payloadIsAcceptedOrRejectedWithTheTableCodeNamingTheField(PayloadCase row) {
        row.check();
    }
}
