package com.wallbill.billing.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Keys for data stored encrypted ({@code wallbill.crypto.*}, or {@code WALLBILL_CRYPTO_*} environment variables). */
@ConfigMapping(prefix = "wallbill.crypto")
public interface CryptoConfig {

    /**
     * AES-256 key of employees' IBANs, base64 (32 bytes). Required with an external database; on the embedded
     * default one is generated at first start into {@link #ibanKeyFile()}.
     */
    Optional<String> ibanKey();

    /** Where the embedded default keeps its generated IBAN key; losing it makes the stored IBANs unreadable. */
    @WithDefault(".wallbill/iban.key")
    String ibanKeyFile();
}
