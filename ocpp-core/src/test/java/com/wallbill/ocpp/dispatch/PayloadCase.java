package com.wallbill.ocpp.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.ocpp.Json;
import com.wallbill.ocpp.rpc.ErrorCode;
import com.wallbill.ocpp.rpc.OcppValidationException;

/**
 * One row of a payload table: a JSON payload (single quotes for double), the record it should bind to, and
 * either nothing (valid) or the error code plus the start of the message, which names the field path.
 */
record PayloadCase(String name, Class<?> type, String json, ErrorCode code, String messageStart) {

    private static final PayloadMapper MAPPER = PayloadMapper.create();

    static PayloadCase valid(String name, Class<?> type, String json) {
        return new PayloadCase(name, type, json, null, null);
    }

    static PayloadCase invalid(String name, Class<?> type, String json, ErrorCode code, String messageStart) {
        return new PayloadCase(name, type, json, code, messageStart);
    }

    void check() {
        JsonNode payload = Json.json(json);
        if (code == null) {
            assertThatCode(() -> MAPPER.read(payload, type)).doesNotThrowAnyException();
            assertThat(MAPPER.read(payload, type)).isInstanceOf(type);
            return;
        }
        OcppValidationException e = catchThrowableOfType(() -> MAPPER.read(payload, type),
                OcppValidationException.class);
        assertThat(e).as("expected %s", code).isNotNull();
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.getMessage()).startsWith(messageStart);
    }

    @Override
    public String toString() {
        Class<?> outer = type.getEnclosingClass();
        return (outer == null ? type.getSimpleName() : outer.getSimpleName()) + ": " + name
                + (code == null ? " is valid" : " -> " + code);
    }
}
