package com.wallbill.ocpp.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Number of elements allowed in a list component (JSON minItems / maxItems). Outside the bounds is an
 * OccurrenceConstraintViolation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Size {
    int min() default 0;

    int max() default Integer.MAX_VALUE;
}
