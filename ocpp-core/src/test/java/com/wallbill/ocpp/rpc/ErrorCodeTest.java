package com.wallbill.ocpp.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorCodeTest {

    private static final Set<String> V16_CODES = Set.of("NotImplemented", "NotSupported", "InternalError",
            "ProtocolError", "SecurityError", "FormationViolation", "PropertyConstraintViolation",
            "OccurenceConstraintViolation", "TypeConstraintViolation", "GenericError");

    @ParameterizedTest
    @CsvSource({
            "NOT_IMPLEMENTED, NotImplemented, NotImplemented",
            "NOT_SUPPORTED, NotSupported, NotSupported",
            "INTERNAL_ERROR, InternalError, InternalError",
            "PROTOCOL_ERROR, ProtocolError, ProtocolError",
            "SECURITY_ERROR, SecurityError, SecurityError",
            "FORMAT_VIOLATION, FormationViolation, FormatViolation",
            "PROPERTY_CONSTRAINT_VIOLATION, PropertyConstraintViolation, PropertyConstraintViolation",
            "OCCURRENCE_CONSTRAINT_VIOLATION, OccurenceConstraintViolation, OccurrenceConstraintViolation",
            "TYPE_CONSTRAINT_VIOLATION, TypeConstraintViolation, TypeConstraintViolation",
            "GENERIC_ERROR, GenericError, GenericError",
            "RPC_FRAMEWORK_ERROR, FormationViolation, RpcFrameworkError",
            "MESSAGE_TYPE_NOT_SUPPORTED, FormationViolation, MessageTypeNotSupported",
    })
    void eachCodeHasItsVersionSpelling(ErrorCode code, String v16, String v201) {
        assertThat(code.wireName(OcppVersion.V16)).isEqualTo(v16);
        assertThat(code.wireName(OcppVersion.V201)).isEqualTo(v201);
    }

    @Test
    void noCodeIsEverSentOnA16ConnectionWithA201OnlyName() {
        assertThat(Arrays.stream(ErrorCode.values()).map(code -> code.wireName(OcppVersion.V16)))
                .allMatch(V16_CODES::contains);
    }

    @Test
    void everyCodeReadsBackFromItsOwnSpelling() {
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(ErrorCode.fromWire(OcppVersion.V201, code.wireName(OcppVersion.V201))).contains(code);
        }
        assertThat(ErrorCode.fromWire(OcppVersion.V16, "FormationViolation")).contains(ErrorCode.FORMAT_VIOLATION);
        assertThat(ErrorCode.fromWire(OcppVersion.V16, "OccurenceConstraintViolation"))
                .contains(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION);
    }

    @ParameterizedTest
    @CsvSource({
            "V16, FormatViolation, FORMAT_VIOLATION",
            "V16, OccurrenceConstraintViolation, OCCURRENCE_CONSTRAINT_VIOLATION",
            "V16, RpcFrameworkError, RPC_FRAMEWORK_ERROR",
            "V201, FormationViolation, FORMAT_VIOLATION",
            "V201, OccurenceConstraintViolation, OCCURRENCE_CONSTRAINT_VIOLATION",
    })
    void otherVersionsSpellingIsAcceptedWhenDecoding(OcppVersion version, String wire, ErrorCode expected) {
        assertThat(ErrorCode.fromWire(version, wire)).contains(expected);
    }

    @Test
    void unknownOrWronglyCasedCodeIsNotRecognised() {
        assertThat(ErrorCode.fromWire(OcppVersion.V201, "formatviolation")).isEmpty();
        assertThat(ErrorCode.fromWire(OcppVersion.V16, "Oops")).isEmpty();
        assertThat(ErrorCode.fromWire(OcppVersion.V16, null)).isEmpty();
    }
}
