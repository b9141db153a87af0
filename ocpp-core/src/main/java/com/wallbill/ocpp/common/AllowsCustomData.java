package com.wallbill.ocpp.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a package of message types whose JSON objects may carry an OCPP 2.0.1 {@code customData} object at any
 * level. Validation accepts such an object (it must be a JSON object) and binding ignores it. Without this mark
 * (OCPP 1.6) a {@code customData} property is an unknown property like any other.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface AllowsCustomData {
}
