package com.wallbill.billing.sepa;

import static com.wallbill.billing.sepa.SepaBatches.COMPANY;
import static com.wallbill.billing.sepa.SepaBatches.CREATED_AT;
import static com.wallbill.billing.sepa.SepaBatches.EXECUTION_DATE;
import static com.wallbill.billing.sepa.SepaBatches.JOSE;
import static com.wallbill.billing.sepa.SepaBatches.SOREN;
import static com.wallbill.billing.sepa.SepaBatches.euros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Batches the EPC rulebook does not allow are refused before any XML is written, naming what is wrong. */
class EpcRulesTest {

    private static void assertRejected(SepaBatch batch, String message) {
        assertThatThrownBy(() -> SepaCreditTransferFile.write(batch))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Nested
    class Amounts {

        @Test
        void a_currency_other_than_euro() {
            SepaTransfer dollars = new SepaTransfer("E2E-USD", JOSE, new BigDecimal("10.00"),
                    Currency.getInstance("USD"), null);

            assertRejected(SepaBatches.withTransfer(dollars),
                    "transfer 4 (EndToEndId 'E2E-USD'): currency must be EUR for a SEPA credit transfer, got USD");
        }

        @Test
        void three_decimals() {
            assertRejected(SepaBatches.withTransfer(euros("E2E-X", JOSE, "12.345", null)),
                    "transfer 4 (EndToEndId 'E2E-X'): amount 12.345 has more than 2 decimals"
                            + " (round it where it is computed, not here)");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "0.00", "-5.00"})
        void zero_or_negative(String amount) {
            assertThatThrownBy(() -> SepaCreditTransferFile.write(
                    SepaBatches.withTransfer(euros("E2E-X", JOSE, amount, null))))
                    .hasMessage("transfer 4 (EndToEndId 'E2E-X'): amount must be positive, got " + amount);
        }

        @Test
        void above_the_sepa_maximum() {
            assertRejected(SepaBatches.withTransfer(euros("E2E-X", JOSE, "1000000000.00", null)),
                    "transfer 4 (EndToEndId 'E2E-X'): amount 1000000000.00 exceeds the SEPA maximum of 999999999.99");
        }

        @Test
        void exactly_the_sepa_maximum_is_allowed() {
            byte[] file = SepaCreditTransferFile.write(
                    SepaBatches.batch(List.of(euros("E2E-MAX", JOSE, "999999999.99", null))));

            assertThat(Pain001Xml.parse(file).text("//p:InstdAmt")).isEqualTo("999999999.99");
        }
    }

    @Nested
    class Identifiers {

        @Test
        void a_duplicate_end_to_end_id() {
            assertRejected(SepaBatches.withTransfer(euros("WB-2025-01-0002", JOSE, "1.00", null)),
                    "transfer 4 (EndToEndId 'WB-2025-01-0002'): endToEndId is not unique within the batch");
        }

        @Test
        void an_end_to_end_id_longer_than_35() {
            String id = "E".repeat(36);

            assertRejected(SepaBatches.withTransfer(euros(id, JOSE, "1.00", null)),
                    "transfer 4 (EndToEndId '" + id + "'): endToEndId must have 1 to 35 characters, got 36");
        }

        @ParameterizedTest
        @ValueSource(strings = {"/E2E-1", "E2E-1/", "E2E//1"})
        void slashes_at_the_ends_or_doubled(String id) {
            assertRejected(SepaBatches.withTransfer(euros(id, JOSE, "1.00", null)),
                    "transfer 4 (EndToEndId '" + id + "'): endToEndId '" + id
                            + "' must not start or end with '/' nor contain '//'");
        }

        @ParameterizedTest
        @ValueSource(strings = {"E2E_1", "Zahlung-Ä", " E2E-1", "E2E&1"})
        void characters_outside_the_epc_set_rather_than_transliterating_them(String id) {
            assertThatThrownBy(() -> SepaCreditTransferFile.write(
                    SepaBatches.withTransfer(euros(id, JOSE, "1.00", null))))
                    .hasMessageContaining("endToEndId '" + id + "' must use only a-z A-Z 0-9");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "WB/2025//01", "WB-2025-01-ACME-AND-A-VERY-LONG-SUFFIX"})
        void an_invalid_message_id(String messageId) {
            SepaBatch batch = new SepaBatch(messageId, CREATED_AT, COMPANY, EXECUTION_DATE,
                    SepaBatches.monthClose().transfers());

            assertThatThrownBy(() -> SepaCreditTransferFile.write(batch))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("messageId");
        }

        @Test
        void inner_slashes_and_spaces_are_allowed() {
            assertThatCode(() -> SepaCreditTransferFile.write(
                    SepaBatches.batch(List.of(euros("WB/2025/01 0001", JOSE, "1.00", null)))))
                    .doesNotThrowAnyException();
        }
    }

    @Nested
    class Batch {

        @Test
        void without_transfers() {
            assertRejected(SepaBatches.batch(List.of()), "batch has no transfers");
        }

        @Test
        void executing_before_it_was_created() {
            SepaBatch batch = new SepaBatch("M-1", CREATED_AT, COMPANY, EXECUTION_DATE.minusDays(4),
                    SepaBatches.monthClose().transfers());

            assertRejected(batch, "requestedExecutionDate 2025-01-31 is before the file's creation date 2025-02-01");
        }

        @Test
        void a_debtor_without_address() {
            SepaParty company = new SepaParty(COMPANY.name(), COMPANY.iban(), COMPANY.bic(), null);
            SepaBatch batch = new SepaBatch("M-1", CREATED_AT, company, EXECUTION_DATE,
                    SepaBatches.monthClose().transfers());

            assertRejected(batch, "debtor: address is required");
        }

        @Test
        void a_creditor_name_nothing_of_which_survives_transliteration() {
            SepaParty unreadable = new SepaParty("王小明", SOREN.iban(), null, null);

            assertRejected(SepaBatches.withTransfer(euros("E2E-X", unreadable, "1.00", null)),
                    "transfer 4 (EndToEndId 'E2E-X'): creditor: name has no characters the EPC character set can carry");
        }
    }
}
