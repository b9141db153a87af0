package com.wallbill.ocpp.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maximum length of a string, in characters (code points), e.g. 20 for a 1.6 CiString20Type.
 * On a {@code List<String>} component it limits each element. Too long is a PropertyConstraintViolation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface MaxLength {
    int value();
}
