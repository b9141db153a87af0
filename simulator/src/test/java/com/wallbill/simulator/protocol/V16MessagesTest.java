package com.wallbill.simulator.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class V16MessagesTest {

    @Test
    void decimalsReadExactlyAsFormatWroteThem() {
        Random random = new Random(42);
        double[] edges = {0.0, 0.05, 0.15, 0.25, 0.35, 0.95, 1.0, 9.95, 229.95, 230.0, 0.04999, 1e7, 12345678.95,
                3.3333333333, 2.675, 1e-9};
        for (double value : edges) {
            assertThat(V16Messages.decimal(value)).as("%s", value).isEqualTo(formatted(value));
        }
        for (int i = 0; i < 200_000; i++) {
            double value = switch (i % 4) {
                case 0 -> random.nextDouble() * 22_000;           // power W
                case 1 -> random.nextDouble() * 32;               // current A
                case 2 -> 226 + random.nextDouble() * 8;          // voltage V
                default -> Math.round(random.nextDouble() * 10_000) / 100.0; // two decimals: halves to round
            };
            assertThat(V16Messages.decimal(value)).as("%s", value).isEqualTo(formatted(value));
        }
    }

    private static String formatted(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
