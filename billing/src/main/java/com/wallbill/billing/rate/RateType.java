package com.wallbill.billing.rate;

/** FLAT: one price per kWh for weekdays and one for weekends. HOURLY: time slots covering each local day. */
public enum RateType {
    FLAT, HOURLY
}
