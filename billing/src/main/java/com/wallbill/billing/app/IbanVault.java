package com.wallbill.billing.app;

import com.wallbill.billing.iban.Iban;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Employees' IBANs at rest: AES-256-GCM, stored as {@code v1:} + base64(IV, ciphertext and tag), so a database dump
 * or backup alone does not disclose accounts. Values without the prefix were written before encryption and are
 * read as they are; every new write is encrypted. Billing decrypts only where money moves (payout requests, SEPA
 * files) and the panel where the employee or a linked company's admin may see the account.
 *
 * <p>Started eagerly: a missing or malformed key stops the application at start, not at the first payout.
 */
@Startup
@ApplicationScoped
public class IbanVault {

    static final String PREFIX = "v1:";
    private static final Logger LOG = Logger.getLogger(IbanVault.class);
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** Binds ciphertexts to their purpose: a sealed IBAN cannot be passed off as another encrypted field. */
    private static final byte[] PURPOSE = "wallbill.iban".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    @Inject
    IbanVault(CryptoConfig crypto, Config config) {
        this(loadKey(crypto, config.getOptionalValue("wallbill.database.embedded", Boolean.class).orElse(false)));
    }

    IbanVault(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException("wallbill.crypto.iban-key must be " + KEY_BYTES + " bytes (base64), got "
                    + key.length);
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** The encrypted form of a valid IBAN (normalised first); null stays null. */
    public String seal(String iban) {
        if (iban == null) {
            return null;
        }
        byte[] plain = Iban.parse(iban).value().getBytes(StandardCharsets.US_ASCII);
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(PURPOSE);
            byte[] sealed = cipher.doFinal(plain);
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** The IBAN in full from its stored form (encrypted, or plain from before encryption); null stays null. */
    public String reveal(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        byte[] data = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, 0, IV_BYTES));
            cipher.updateAAD(PURPOSE);
            return new String(cipher.doFinal(data, IV_BYTES, data.length - IV_BYTES), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            // A wrong key or an altered value: never guess an account to pay.
            throw new IllegalStateException("A stored IBAN cannot be decrypted: wrong wallbill.crypto.iban-key, or "
                    + "the value was altered", e);
        }
    }

    /** The masked form ({@link Iban#masked()}) of a stored IBAN, for everyone but its owner and linked admins. */
    public String masked(String stored) {
        String iban = reveal(stored);
        return iban == null ? null : Iban.parse(iban).masked();
    }

    private static byte[] loadKey(CryptoConfig crypto, boolean embedded) {
        if (crypto.ibanKey().isPresent()) {
            return decode(crypto.ibanKey().get(), "wallbill.crypto.iban-key");
        }
        if (!embedded) {
            throw new IllegalStateException("Set wallbill.crypto.iban-key (WALLBILL_CRYPTO_IBAN_KEY): employees' "
                    + "IBANs are stored encrypted with it. 32 random bytes, base64, e.g. `openssl rand -base64 32`; "
                    + "keep it with the database backups");
        }
        Path file = Path.of(crypto.ibanKeyFile());
        try {
            if (!Files.exists(file)) {
                generate(file);
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the IBAN key " + file.toAbsolutePath(), e);
        }
    }

    private static void generate(Path file) throws IOException {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        try {
            // Created readable by its owner only before the key is in it.
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException raced) {
            return;
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII,
                StandardOpenOption.TRUNCATE_EXISTING);
        LOG.infof("Generated the IBAN encryption key in %s; keep it with the database: without it the stored IBANs "
                + "cannot be read", file.toAbsolutePath());
    }

    private static byte[] decode(String base64, String source) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not base64", e);
        }
    }
}
