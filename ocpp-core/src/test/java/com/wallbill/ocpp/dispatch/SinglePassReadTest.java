package com.wallbill.ocpp.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.wallbill.ocpp.GoldenFrames;
import com.wallbill.ocpp.Json;
import com.wallbill.ocpp.common.AllowsCustomData;
import com.wallbill.ocpp.common.MaxLength;
import com.wallbill.ocpp.common.Range;
import com.wallbill.ocpp.common.Required;
import com.wallbill.ocpp.common.Size;
import com.wallbill.ocpp.dispatch.RecordSchema.Field;
import com.wallbill.ocpp.dispatch.RecordSchema.Kind;
import com.wallbill.ocpp.dispatch.RecordSchema.Rule;
import com.wallbill.ocpp.rpc.Call;
import com.wallbill.ocpp.rpc.CallResult;
import com.wallbill.ocpp.rpc.Decoded;
import com.wallbill.ocpp.rpc.Frame;
import com.wallbill.ocpp.rpc.FrameCodec;
import com.wallbill.ocpp.rpc.OcppValidationException;
import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.ocpp.v16.core.IdTagInfo;
import com.wallbill.ocpp.v16.core.Measurand;
import com.wallbill.ocpp.v201.common.Phase;
import com.wallbill.ocpp.v201.common.SampledValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link PayloadMapper#read} validates and binds in one walk; it must give what validating and then binding with
 * Jackson gave ({@link ValidateThenBind}): equal records (decimals with the same scale, the same JSON node types
 * in free-form values), or the same violation, path and message. Checked on the golden frames, the payload tables
 * and, for every record either version can send or receive, payloads made up from its schema.
 */
class SinglePassReadTest {

    private static final PayloadMapper MAPPER = PayloadMapper.create();
    private static final FrameCodec CODEC = new FrameCodec(MAPPER.objectMapper());
    private static final int PAYLOADS_PER_TYPE = 150;

    /** Every component shape {@link RecordSchema} supports, including some no OCPP message has yet. */
    record EveryShape(
            @Required @MaxLength(8) String text,
            @Range(min = -5, max = 5) Integer small,
            int primitive,
            @Range(min = 0) Long big,
            long primitiveLong,
            @Range(min = -5, max = 100) BigDecimal amount,
            Double ratio,
            double primitiveRatio,
            Boolean flag,
            boolean primitiveFlag,
            Instant at,
            Measurand measurand,
            @Size(min = 1, max = 3) @MaxLength(5) List<String> names,
            @Range(min = 0, max = 9) List<Integer> digits,
            List<Instant> times,
            @Size(max = 2) List<Phase> phases,
            List<SampledValue> samples,
            List<JsonNode> blobs,
            IdTagInfo info,
            JsonNode data) {
    }

    static Stream<Class<?>> everyRecord() {
        Set<Class<?>> types = new LinkedHashSet<>();
        for (OcppVersion version : OcppVersion.values()) {
            for (ActionDefinition<?, ?> definition : ActionRegistry.of(version).all()) {
                collect(definition.requestType(), types);
                collect(definition.responseType(), types);
            }
        }
        types.add(EveryShape.class);
        return types.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRecord")
    void madeUpPayloadsReadAsBefore(Class<?> type) {
        boolean customData = type.getPackage().isAnnotationPresent(AllowsCustomData.class);
        int valid = 0;
        for (int i = 0; i < PAYLOADS_PER_TYPE; i++) {
            // a few with many odd values, most with one or none
            RandomPayloads payloads = new RandomPayloads(type.getName().hashCode() * 1000L + i, i % 10 == 0 ? 150 : 15);
            JsonNode payload = payloads.payload(type, customData);
            if (assertReadAsBefore(payload, type)) {
                valid++;
            }
        }
        assertThat(valid).as("valid payloads").isPositive();
    }

    @Test
    void goldenFramesReadAsBefore() {
        for (GoldenFrames.Line line : GoldenFrames.all()) {
            ActionRegistry.of(line.version()).find(line.action()).ifPresent(definition -> {
                Frame frame = ((Decoded.Ok) CODEC.decode(line.version(), line.text())).frame();
                if (frame instanceof Call call) {
                    assertThat(assertReadAsBefore(call.payload(), definition.requestType())).as(line.toString()).isTrue();
                } else if (frame instanceof CallResult result) {
                    assertReadAsBefore(result.payload(), definition.responseType());
                }
            });
        }
    }

    @Test
    void payloadTablesReadAsBefore() {
        List<PayloadCase> cases = new ArrayList<>(PayloadMapperV16Test.cases());
        cases.addAll(PayloadMapperV201Test.cases());
        for (PayloadCase row : cases) {
            assertReadAsBefore(Json.json(row.json()), row.type());
        }
    }

    @Test
    void payloadsThatAreNotObjectsReadAsBefore() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        for (JsonNode payload : new JsonNode[] {null, nodes.nullNode(), nodes.arrayNode(), nodes.textNode("{}"),
                nodes.numberNode(1), nodes.missingNode()}) {
            assertReadAsBefore(payload, IdTagInfo.class);
        }
    }

    @Test
    void freeFormNullStaysANullNodeAndAbsentStaysNull() {
        EveryShape read = MAPPER.read(Json.json("{'text':'a','primitive':1,'primitiveLong':2,'primitiveRatio':3,"
                + "'primitiveFlag':true,'names':['n'],'data':null}"), EveryShape.class);

        assertThat(read.data()).isEqualTo(JsonNodeFactory.instance.nullNode());
        assertThat(read.blobs()).isNull();
    }

    /** Compares both ways of reading (and of validating); true when the payload was valid. */
    private static boolean assertReadAsBefore(JsonNode payload, Class<?> type) {
        String shown = type.getName() + " " + payload;
        Outcome before = Outcome.of(() -> ValidateThenBind.read(payload, type));
        Outcome now = Outcome.of(() -> MAPPER.read(payload, type));
        assertThat(now).as(shown).isEqualTo(before);
        Outcome validated = Outcome.of(() -> {
            MAPPER.validate(payload, type);
            return null;
        });
        assertThat(validated.failure()).as("validate " + shown).isEqualTo(before.failure());
        return before.failure() == null;
    }

    private static void collect(Class<?> type, Set<Class<?>> types) {
        if (!types.add(type)) {
            return;
        }
        for (Field field : RecordSchema.of(type).fields()) {
            Rule rule = field.rule().kind() == Kind.LIST ? field.rule().element() : field.rule();
            if (rule.kind() == Kind.RECORD) {
                collect(rule.type(), types);
            }
        }
    }

    /** A read record, or what was thrown: class, and for violations the table row, path and message. */
    private record Outcome(Object value, String failure) {

        static Outcome of(Supplier<Object> read) {
            try {
                return new Outcome(read.get(), null);
            } catch (OcppValidationException e) {
                return new Outcome(null, e.violation() + " at '" + e.path() + "': " + e.getMessage());
            } catch (RuntimeException e) {
                return new Outcome(null, e.getClass().getName() + ": " + e.getMessage());
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Outcome that && Objects.equals(value, that.value)
                    && Objects.equals(failure, that.failure);
        }

        @Override
        public int hashCode() {
            return Objects.hash(value, failure);
        }
    }
}
