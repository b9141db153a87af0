package com.wallbill.ocpp.dispatch;

import static com.wallbill.ocpp.Json.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.ocpp.rpc.ErrorCode;
import com.wallbill.ocpp.rpc.OcppValidationException;
import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.ocpp.v16.core.AuthorizationStatus;
import com.wallbill.ocpp.v16.core.IdTagInfo;
import com.wallbill.ocpp.v16.core.Measurand;
import com.wallbill.ocpp.v16.core.MeterValues;
import com.wallbill.ocpp.v16.core.ReadingContext;
import com.wallbill.ocpp.v16.core.StartTransaction;
import com.wallbill.ocpp.v201.common.SampledValue;
import com.wallbill.ocpp.v201.provisioning.BootNotification;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayloadMapperTest {

    private final PayloadMapper mapper = PayloadMapper.create();

    @Test
    void readBindsValuesWithOffsetsConvertedToUtc() {
        StartTransaction.Request request = mapper.read(json("{'connectorId':2,'idTag':'04A2B3C4','meterStart':"
                + "12734,'reservationId':77,'timestamp':'2024-03-05T19:02:45.5+01:00'}"), StartTransaction.Request.class);

        assertThat(request).isEqualTo(new StartTransaction.Request(2, "04A2B3C4", 12734, 77,
                Instant.parse("2024-03-05T18:02:45.500Z")));
    }

    @Test
    void timestampWithoutOffsetIsReadAsUtc() {
        StartTransaction.Request request = mapper.read(json("{'connectorId':1,'idTag':'A','meterStart':0,"
                + "'timestamp':'2024-03-05T18:02:45'}"), StartTransaction.Request.class);

        assertThat(request.timestamp()).isEqualTo(Instant.parse("2024-03-05T18:02:45Z"));
    }

    @Test
    void enumsBindFromTheirWireSpelling() {
        MeterValues.Request request = mapper.read(json("{'connectorId':1,'meterValue':[{'timestamp':"
                + "'2024-03-05T18:22:10Z','sampledValue':[{'value':'1','context':'Transaction.Begin',"
                + "'measurand':'Energy.Active.Import.Register'}]}]}"), MeterValues.Request.class);

        var sample = request.meterValue().get(0).sampledValue().get(0);
        assertThat(sample.context()).isEqualTo(ReadingContext.TRANSACTION_BEGIN);
        assertThat(sample.measurand()).isEqualTo(Measurand.ENERGY_ACTIVE_IMPORT_REGISTER);
    }

    @Test
    void writeOmitsNullsAndUsesWireValues() {
        JsonNode written = mapper.write(new StartTransaction.Response(IdTagInfo.of(AuthorizationStatus.CONCURRENT_TX), 1482));

        assertThat(written).isEqualTo(json("{'idTagInfo':{'status':'ConcurrentTx'},'transactionId':1482}"));
    }

    @Test
    void writeGivesIsoUtcTimestamps() {
        JsonNode written = mapper.write(new com.wallbill.ocpp.v16.core.Heartbeat.Response(
                Instant.parse("2024-03-05T08:03:01.120Z")));

        assertThat(written.get("currentTime").textValue()).isEqualTo("2024-03-05T08:03:01.120Z");
    }

    /** Not a message: a record without components that databind still writes a property for. */
    record NoComponentsButAGetter() {
        public String getNote() {
            return "databind writes this";
        }
    }

    @Test
    void recordsWithoutComponentsAreWrittenAsDatabindWritesThem() throws Exception {
        List<Class<?>> empty = new ArrayList<>();
        for (OcppVersion version : OcppVersion.values()) {
            for (ActionDefinition<?, ?> definition : ActionRegistry.of(version).all()) {
                for (Class<?> type : List.of(definition.requestType(), definition.responseType())) {
                    if (type.getRecordComponents().length == 0) {
                        empty.add(type);
                    }
                }
            }
        }
        empty.add(NoComponentsButAGetter.class);

        for (Class<?> type : empty) {
            Object message = type.getDeclaredConstructor().newInstance();
            assertThat(mapper.write(message)).as(type.getName())
                    .isEqualTo(mapper.objectMapper().valueToTree(message));
        }
        assertThat(empty).hasSizeGreaterThan(10);
        assertThat(mapper.write(new NoComponentsButAGetter())).isEqualTo(json("{'note':'databind writes this'}"));
    }

    @Test
    void decimalsStayExactBothWays() throws Exception {
        SampledValue sample = mapper.read(json("{'value':48211.70}"), SampledValue.class);

        assertThat(sample.value()).isEqualTo(new BigDecimal("48211.70"));
        JsonNode written = mapper.write(new SampledValue(new BigDecimal("1E+3"), null, null, null, null, null, null));
        assertThat(mapper.objectMapper().writeValueAsString(written)).isEqualTo("{\"value\":1000}");
    }

    @Test
    void customDataIsAcceptedAndDroppedWhenBinding() {
        BootNotification.Request request = mapper.read(json("{'customData':{'vendorId':'com.abb'},'reason':"
                + "'PowerUp','chargingStation':{'model':'M','vendorName':'V','customData':{'vendorId':'x'}}}"),
                BootNotification.Request.class);

        assertThat(mapper.write(request))
                .isEqualTo(json("{'reason':'PowerUp','chargingStation':{'model':'M','vendorName':'V'}}"));
    }

    @Test
    void validationExceptionCarriesPathAndTableRow() {
        assertThatThrownBy(() -> mapper.read(json("{'connectorId':1,'meterValue':[{'timestamp':'2024-03-05T18:22:10Z',"
                + "'sampledValue':[{'value':'1'},{'value':'2','phase':'L9'}]}]}"), MeterValues.Request.class))
                .isInstanceOfSatisfying(OcppValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION);
                    assertThat(e.path()).isEqualTo("meterValue[0].sampledValue[1].phase");
                });
    }

    @Test
    void unknownPropertyWithOddNameIsShownEncoded() {
        assertThatThrownBy(() -> mapper.read(json("{'idTag':'A','<img src=x>':1}"),
                com.wallbill.ocpp.v16.core.Authorize.Request.class))
                .isInstanceOfSatisfying(OcppValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.FORMAT_VIOLATION);
                    assertThat(e.path()).isEqualTo("\"<img src=x>\"");
                });
    }

    @Test
    void longOffendingValueIsShortenedInTheMessage() {
        assertThatThrownBy(() -> mapper.read(json("{'status':'" + "Z".repeat(500) + "'}"), IdTagInfo.class))
                .hasMessageContaining("...")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    }
}
