package com.wallbill.ocpp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wallbill.ocpp.dispatch.PayloadMapper;
import java.io.UncheckedIOException;

/** Test helpers for writing JSON compactly: single quotes stand for double quotes. */
public final class Json {

    public static final ObjectMapper MAPPER = PayloadMapper.create().objectMapper();

    private Json() {
    }

    /** Parses JSON written with single quotes, e.g. {@code json("{'a':1}")}. */
    public static JsonNode json(String singleQuoted) {
        return parse(singleQuoted.replace('\'', '"'));
    }

    public static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A string of {@code n} characters. */
    public static String chars(int n) {
        return "x".repeat(n);
    }
}
