package com.wallbill.ocpp.v201.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.wallbill.ocpp.common.WireEnum;

/** Encoding of a MessageContent (MessageFormatEnumType). */
public enum MessageFormat implements WireEnum {
    ASCII("ASCII"),
    HTML("HTML"),
    URI("URI"),
    UTF8("UTF8");

    private final String wire;

    MessageFormat(String wire) {
        this.wire = wire;
    }

    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static MessageFormat fromWire(String wire) {
        return WireEnum.parse(MessageFormat.class, wire);
    }
}
