package com.wallbill.central.ocpp;

import com.wallbill.billing.app.Pbkdf2;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

/** Charger passwords (OCPP security profile 1/2 Basic auth): PBKDF2 at a cost fit for every reconnect. */
public final class PasswordHasher {

    static final int ITERATIONS = 10_000;

    private PasswordHasher() {
    }

    public static String hash(String password) {
        return Pbkdf2.hash(password, ITERATIONS);
    }

    public static boolean verify(String password, String stored) {
        return Pbkdf2.verify(password, stored);
    }

    /** A fast fingerprint of an already verified password, for the in-memory verification cache. */
    static byte[] fingerprint(String chargePointId, String password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(chargePointId.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return digest.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
