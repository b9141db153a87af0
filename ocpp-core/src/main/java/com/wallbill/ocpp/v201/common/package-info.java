/** OCPP 2.0.1 messages and types; objects may carry {@code customData}, which is accepted and ignored. */
@AllowsCustomData
package com.wallbill.ocpp.v201.common;

import com.wallbill.ocpp.common.AllowsCustomData;
