package com.wallbill.ocpp.v201.provisioning;

import com.wallbill.ocpp.common.MaxLength;

/** One attribute (actual, target, min, max) of a reported variable (VariableAttributeType). */
public record VariableAttribute(
        Attribute type,
        @MaxLength(2500) String value,
        Mutability mutability,
        Boolean persistent,
        Boolean constant) {
}
