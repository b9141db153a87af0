package com.wallbill.panel.rates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wallbill.billing.app.RateDefinitions;
import com.wallbill.billing.rate.DaySchedule;
import com.wallbill.billing.rate.PriceSlot;
import com.wallbill.billing.rate.RateType;
import com.wallbill.billing.rate.Tariff;

/**
 * Rates in the shape clients write them ({@link RateDefinitions}): what the panel sends is what it reads back, so a
 * rate can be fetched, edited and put again as is.
 */
final class RateShape {

    private RateShape() {
    }

    /** Parses a client's rate; every error names its field under {@code rate}. */
    static Tariff parse(JsonNode rate) {
        if (rate == null || !rate.isObject()) {
            throw new IllegalArgumentException("rate: is required, e.g. {\"type\":\"FLAT\",\"currency\":\"EUR\","
                    + "\"weekday\":{\"pricePerKwh\":\"0.15\"},\"weekend\":{\"pricePerKwh\":\"0.10\"}}");
        }
        try {
            return RateDefinitions.parse(rate);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null ? "is not a valid rate" : e.getMessage();
            throw message.startsWith("rate") ? e : new IllegalArgumentException("rate: " + message);
        }
    }

    static JsonNode write(Tariff tariff) {
        ObjectNode rate = JsonNodeFactory.instance.objectNode();
        rate.put("type", tariff.type().name());
        rate.put("currency", tariff.currency().getCurrencyCode());
        rate.set("weekday", day(tariff.type(), tariff.weekday()));
        rate.set("weekend", day(tariff.type(), tariff.weekend()));
        return rate;
    }

    private static JsonNode day(RateType type, DaySchedule schedule) {
        if (type == RateType.FLAT) {
            return JsonNodeFactory.instance.objectNode()
                    .put("pricePerKwh", schedule.slots().get(0).pricePerKwh().toPlainString());
        }
        var slots = JsonNodeFactory.instance.arrayNode();
        for (PriceSlot slot : schedule.slots()) {
            slots.addObject().put("from", slot.from()).put("to", slot.to())
                    .put("pricePerKwh", slot.pricePerKwh().toPlainString());
        }
        return slots;
    }
}
