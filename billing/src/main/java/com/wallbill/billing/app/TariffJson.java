package com.wallbill.billing.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wallbill.billing.rate.DaySchedule;
import com.wallbill.billing.rate.InvalidRateException;
import com.wallbill.billing.rate.PriceSlot;
import com.wallbill.billing.rate.RateType;
import com.wallbill.billing.rate.Tariff;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * A tariff as stored in {@code rate_version.tariff}: the weekday and weekend slots with decimal prices as strings,
 * so no price ever passes through a binary floating point number. Public for the panel, which reads rate versions
 * for its rate list and quotes.
 */
public final class TariffJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TariffJson() {
    }

    public static String write(Tariff tariff) {
        ObjectNode root = JSON.createObjectNode();
        root.set("weekday", slots(tariff.weekday()));
        root.set("weekend", slots(tariff.weekend()));
        return root.toString();
    }

    public static Tariff read(RateType type, String currency, String json) {
        try {
            JsonNode root = JSON.readTree(json);
            return new Tariff(type, Currency.getInstance(currency.strip()), schedule(root.get("weekday")),
                    schedule(root.get("weekend")));
        } catch (JsonProcessingException e) {
            throw new InvalidRateException("stored tariff is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static ArrayNode slots(DaySchedule schedule) {
        ArrayNode slots = JSON.createArrayNode();
        for (PriceSlot slot : schedule.slots()) {
            slots.addObject().put("from", slot.from()).put("to", slot.to())
                    .put("pricePerKwh", slot.pricePerKwh().toPlainString());
        }
        return slots;
    }

    private static DaySchedule schedule(JsonNode slots) {
        List<PriceSlot> list = new ArrayList<>();
        for (JsonNode slot : slots) {
            list.add(PriceSlot.of(slot.get("from").asText(), slot.get("to").asText(),
                    slot.get("pricePerKwh").asText()));
        }
        return new DaySchedule(list);
    }
}
