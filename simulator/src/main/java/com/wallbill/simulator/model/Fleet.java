package com.wallbill.simulator.model;

import com.wallbill.ocpp.rpc.OcppVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates a reproducible fleet of home chargers from a seed: the same seed, count and ratio always give the
 * same ids, versions, vendors, serial numbers, supplies and starting registers.
 */
public final class Fleet {

    private static final List<String> VENDORS =
            List.of("Voltaro", "HomeAmp", "Kilowatt Works", "GridNest", "Ampera Labs", "Northwatt");
    private static final List<String> MODELS =
            List.of("Wallie S", "Wallie Pro", "HB-22", "Nest One", "Nest Duo", "KW-11 Home");
    private static final List<String> FIRMWARE = List.of("1.4.2", "1.5.0", "2.0.3-rc1", "2.1.7", "3.0.0");

    private Fleet() {
    }

    /**
     * {@code count} chargers named {@code idPrefix + 1..count} (zero-padded to the width of count); a share
     * {@code v201Ratio} (0..1) of them speak OCPP 2.0.1, spread evenly through the fleet.
     */
    public static List<ChargerProfile> generate(int count, double v201Ratio, String idPrefix, long seed) {
        if (v201Ratio < 0 || v201Ratio > 1) {
            throw new IllegalArgumentException("v201 ratio must be within 0..1, got " + v201Ratio);
        }
        int width = String.valueOf(count).length();
        List<ChargerProfile> fleet = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long chargerSeed = seed * 1_000_003L + i;
            Random random = new Random(chargerSeed);
            String id = idPrefix + String.format(Locale.ROOT, "%0" + width + "d", i + 1);
            OcppVersion version = isV201(i, v201Ratio) ? OcppVersion.V201 : OcppVersion.V16;
            ElectricalSupply supply = ElectricalSupply.HOME_OPTIONS.get(random.nextInt(3));
            String vendor = VENDORS.get(random.nextInt(VENDORS.size()));
            String model = MODELS.get(random.nextInt(MODELS.size()));
            String serial = String.format(Locale.ROOT, "SN%010d", Math.floorMod(random.nextLong(), 10_000_000_000L));
            String firmware = FIRMWARE.get(random.nextInt(FIRMWARE.size()));
            long lifetimeWh = 50_000 + (long) (random.nextDouble() * 20_000_000);
            String idTag = String.format(Locale.ROOT, "%08X", random.nextInt());
            fleet.add(new ChargerProfile(id, version, vendor, model, serial, firmware, supply, lifetimeWh, idTag,
                    chargerSeed));
        }
        return fleet;
    }

    /** Charger {@code i} is 2.0.1 when the running count of 2.0.1 chargers steps up at i: exact, even spread. */
    static boolean isV201(int i, double ratio) {
        return Math.floor((i + 1) * ratio + 1e-9) > Math.floor(i * ratio + 1e-9);
    }
}
