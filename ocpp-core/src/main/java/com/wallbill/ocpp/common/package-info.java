/**
 * Building blocks of the message records of both versions: {@link com.wallbill.ocpp.common.WireEnum}, the
 * validation annotations ({@code @Required}, {@code @MaxLength}, {@code @Size}, {@code @Range},
 * {@code @AllowsCustomData}) and timestamp parsing.
 */
package com.wallbill.ocpp.common;
