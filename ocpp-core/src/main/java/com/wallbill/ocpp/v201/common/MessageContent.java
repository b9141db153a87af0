package com.wallbill.ocpp.v201.common;

import com.wallbill.ocpp.common.MaxLength;
import com.wallbill.ocpp.common.Required;

/** A message to show to the driver (MessageContentType). */
public record MessageContent(
        @Required MessageFormat format,
        @MaxLength(8) String language,
        @Required @MaxLength(512) String content) {
}
