package com.wallbill.billing.costing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wallbill.billing.rate.PriceSlot;
import com.wallbill.billing.rate.Tariff;
import com.wallbill.billing.session.RegisterReading;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** The shared golden billing cases (a verbatim copy of ../shared/billing/golden-cases.json), parsed. */
record GoldenCases() {

    record Case(String id, String note, ZoneId zone, Tariff tariff, BigDecimal refundPercent,
            List<RegisterReading> readings, BigDecimal energyWh, BigDecimal costExact, BigDecimal cost,
            BigDecimal refund) {

        @Override
        public String toString() {
            return id;
        }
    }

    static List<Case> load() {
        try (InputStream in = GoldenCases.class.getResourceAsStream("/billing/golden-cases.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<Case> cases = new ArrayList<>();
            for (JsonNode c : root) {
                List<RegisterReading> readings = new ArrayList<>();
                for (JsonNode r : c.get("readings")) {
                    readings.add(new RegisterReading(Instant.parse(r.get("timestamp").asText()),
                            new BigDecimal(r.get("wh").asText())));
                }
                JsonNode expected = c.get("expected");
                cases.add(new Case(c.get("id").asText(), c.get("note").asText(), ZoneId.of(c.get("timezone").asText()),
                        tariff(c.get("rate")), new BigDecimal(c.get("refundPercent").asText()), readings,
                        new BigDecimal(expected.get("energyWh").asText()),
                        new BigDecimal(expected.get("costExact").asText()), new BigDecimal(expected.get("cost").asText()),
                        new BigDecimal(expected.get("refund").asText())));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Tariff tariff(JsonNode rate) {
        Currency currency = Currency.getInstance(rate.get("currency").asText());
        if (rate.get("type").asText().equals("FLAT")) {
            return Tariff.flat(currency, new BigDecimal(rate.get("weekday").get("pricePerKwh").asText()),
                    new BigDecimal(rate.get("weekend").get("pricePerKwh").asText()));
        }
        return Tariff.hourly(currency, slots(rate.get("weekday")), slots(rate.get("weekend")));
    }

    private static List<PriceSlot> slots(JsonNode day) {
        List<PriceSlot> slots = new ArrayList<>();
        for (JsonNode s : day) {
            slots.add(PriceSlot.of(s.get("from").asText(), s.get("to").asText(), s.get("pricePerKwh").asText()));
        }
        return slots;
    }
}
