package com.wallbill.billing.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class IbanVaultTest {

    private static final byte[] KEY = new byte[32];
    private static final String IBAN = "ES9121000418450200051332";

    static {
        Arrays.fill(KEY, (byte) 7);
    }

    private final IbanVault vault = new IbanVault(KEY);

    @Test
    void sealedIbanIsPrefixedUnreadableAndRevealedExactly() {
        String sealed = vault.seal("es91 2100 0418 4502 0005 1332");
        assertThat(sealed).startsWith("v1:").doesNotContain("2100", "1332");
        assertThat(vault.reveal(sealed)).isEqualTo(IBAN);
        assertThat(vault.masked(sealed)).isEqualTo("ES91 **** **** **** **** 1332");
    }

    @Test
    void sameIbanSealsDifferentlyEachTime() {
        assertThat(vault.seal(IBAN)).isNotEqualTo(vault.seal(IBAN));
    }

    @Test
    void plainValuesWrittenBeforeEncryptionAreReadAsTheyAre() {
        assertThat(vault.reveal(IBAN)).isEqualTo(IBAN);
        assertThat(vault.masked(IBAN)).isEqualTo("ES91 **** **** **** **** 1332");
        assertThat(vault.reveal(null)).isNull();
        assertThat(vault.seal(null)).isNull();
    }

    @Test
    void alteredCiphertextOrAnotherKeyIsRefusedNotGuessed() {
        String sealed = vault.seal(IBAN);
        byte[] data = Base64.getDecoder().decode(sealed.substring(3));
        data[data.length - 1] ^= 1;
        String altered = "v1:" + Base64.getEncoder().encodeToString(data);
        assertThatThrownBy(() -> vault.reveal(altered)).isInstanceOf(IllegalStateException.class);

        byte[] other = KEY.clone();
        other[0] = 1;
        assertThatThrownBy(() -> new IbanVault(other).reveal(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keyMustBe256Bits() {
        assertThatThrownBy(() -> new IbanVault(new byte[16])).hasMessageContaining("32 bytes");
    }

    @Test
    void onlyValidIbansAreSealed() {
        assertThatThrownBy(() -> vault.seal("ES9121000418450200051333")).hasMessageContaining("check digits");
    }
}
