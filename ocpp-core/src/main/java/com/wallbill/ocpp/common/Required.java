package com.wallbill.ocpp.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The field must be present (cardinality 1..1 or 1..*). A missing required field is an
 * OccurrenceConstraintViolation. Components of primitive type ({@code int}, {@code boolean}, ...) are required
 * whether annotated or not, since they cannot represent absence.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Required {
}
