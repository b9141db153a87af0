package com.wallbill.ocpp.v16.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.wallbill.ocpp.common.WireEnum;

/** Unit of a sampled value; absent means Wh. Both Celcius (1.6 spelling) and Celsius (errata) are accepted. */
public enum UnitOfMeasure implements WireEnum {
    WH("Wh"),
    KWH("kWh"),
    VARH("varh"),
    KVARH("kvarh"),
    W("W"),
    KW("kW"),
    VA("VA"),
    KVA("kVA"),
    VAR("var"),
    KVAR("kvar"),
    A("A"),
    V("V"),
    CELCIUS("Celcius"),
    CELSIUS("Celsius"),
    FAHRENHEIT("Fahrenheit"),
    K("K"),
    PERCENT("Percent");

    private final String wire;

    UnitOfMeasure(String wire) {
        this.wire = wire;
    }

    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static UnitOfMeasure fromWire(String wire) {
        return WireEnum.parse(UnitOfMeasure.class, wire);
    }
}
