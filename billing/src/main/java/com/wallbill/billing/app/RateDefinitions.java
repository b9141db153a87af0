package com.wallbill.billing.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.billing.rate.InvalidRateException;
import com.wallbill.billing.rate.PriceSlot;
import com.wallbill.billing.rate.Tariff;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Rates as clients write them (the golden cases' shape): FLAT with one {@code pricePerKwh} per day type, or
 * HOURLY with slot lists per day type. Errors name the field.
 */
public final class RateDefinitions {

    private RateDefinitions() {
    }

    public static Tariff parse(JsonNode rate) {
        String type = text(rate, "type");
        Currency currency;
        try {
            currency = Currency.getInstance(text(rate, "currency"));
        } catch (IllegalArgumentException e) {
            throw new InvalidRateException("rate.currency: unknown currency " + rate.path("currency").asText());
        }
        return switch (type) {
            case "FLAT" -> Tariff.flat(currency, price(rate.path("weekday"), "rate.weekday.pricePerKwh"),
                    price(rate.path("weekend"), "rate.weekend.pricePerKwh"));
            case "HOURLY" -> Tariff.hourly(currency, slots(rate.path("weekday"), "rate.weekday"),
                    slots(rate.path("weekend"), "rate.weekend"));
            default -> throw new InvalidRateException("rate.type: must be FLAT or HOURLY, got " + type);
        };
    }

    private static List<PriceSlot> slots(JsonNode day, String field) {
        if (!day.isArray() || day.isEmpty()) {
            throw new InvalidRateException(field + ": a list of slots {from, to, pricePerKwh} is required");
        }
        List<PriceSlot> slots = new ArrayList<>();
        for (int i = 0; i < day.size(); i++) {
            JsonNode slot = day.get(i);
            String at = field + "[" + i + "]";
            try {
                slots.add(PriceSlot.of(slot.path("from").asText(null), slot.path("to").asText(null),
                        price(slot, at + ".pricePerKwh").toPlainString()));
            } catch (InvalidRateException e) {
                throw new InvalidRateException(at + ": " + e.getMessage());
            }
        }
        return slots;
    }

    private static BigDecimal price(JsonNode holder, String field) {
        JsonNode price = holder.path("pricePerKwh");
        if (!price.isTextual() && !price.isNumber()) {
            throw new InvalidRateException(field + ": a decimal price is required");
        }
        try {
            return new BigDecimal(price.asText());
        } catch (NumberFormatException e) {
            throw new InvalidRateException(field + ": not a decimal number: " + price.asText());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual()) {
            throw new InvalidRateException("rate." + field + ": is required");
        }
        return value.asText();
    }
}
