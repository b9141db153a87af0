package com.wallbill.billing.sepa;

import static com.wallbill.billing.sepa.SepaBatches.COMPANY;
import static com.wallbill.billing.sepa.SepaBatches.CREATED_AT;
import static com.wallbill.billing.sepa.SepaBatches.EXECUTION_DATE;
import static com.wallbill.billing.sepa.SepaBatches.JOSE;
import static com.wallbill.billing.sepa.SepaBatches.euros;
import static org.assertj.core.api.Assertions.assertThat;

import com.prowidesoftware.swift.model.mx.MxPain00100109;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.CustomerCreditTransferInitiationV09;
import com.prowidesoftware.swift.model.mx.dic.PaymentInstruction30;
import com.wallbill.billing.party.PostalAddress;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Node;

class SepaCreditTransferFileTest {

    private static final Pattern EPC_TEXT = Pattern.compile("[A-Za-z0-9/\\-?:().,'+ ]*");
    private static final String TX = "/p:Document/p:CstmrCdtTrfInitn/p:PmtInf/p:CdtTrfTxInf";

    private final byte[] file = SepaCreditTransferFile.write(SepaBatches.monthClose());
    private final Pain001Xml xml = Pain001Xml.parse(file);

    @Test
    void is_a_utf8_pain_001_001_09_document_without_application_header() {
        assertThat(new String(file, StandardCharsets.UTF_8)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"");
        assertThat(xml.root().getLocalName()).isEqualTo("Document");
        assertThat(xml.root().getNamespaceURI()).isEqualTo("urn:iso:std:iso:20022:tech:xsd:pain.001.001.09");
        assertThat(xml.childNames("/p:Document")).containsExactly("CstmrCdtTrfInitn");
    }

    @Test
    void prowide_reads_back_what_was_written() {
        MxPain00100109 parsed = MxPain00100109.parse(new String(file, StandardCharsets.UTF_8));
        CustomerCreditTransferInitiationV09 initiation = parsed.getCstmrCdtTrfInitn();
        PaymentInstruction30 payment = initiation.getPmtInf().get(0);
        CreditTransferTransaction34 first = payment.getCdtTrfTxInf().get(0);

        assertThat(initiation.getGrpHdr().getMsgId()).isEqualTo("WB-2025-01-ACME");
        assertThat(initiation.getGrpHdr().getCreDtTm())
                .isEqualTo(OffsetDateTime.of(2025, 2, 1, 6, 30, 15, 0, ZoneOffset.UTC));
        assertThat(initiation.getPmtInf()).hasSize(1);
        assertThat(payment.getCdtTrfTxInf()).hasSize(3);
        assertThat(payment.getReqdExctnDt().getDt()).isEqualTo(EXECUTION_DATE);
        assertThat(payment.getDbtrAcct().getId().getIBAN()).isEqualTo("DE89370400440532013000");
        assertThat(first.getPmtId().getEndToEndId()).isEqualTo("WB-2025-01-0001");
        assertThat(first.getAmt().getInstdAmt().getValue()).isEqualByComparingTo("12.30");
        assertThat(first.getCdtrAcct().getId().getIBAN()).isEqualTo("ES9121000418450200051332");
        assertThat(first.getCdtrAgt().getFinInstnId().getBICFI()).isEqualTo("CAIXESBBXXX");
    }

    @Nested
    class GroupHeader {

        private static final String HDR = "/p:Document/p:CstmrCdtTrfInitn/p:GrpHdr";

        @Test
        void identifies_the_message_and_its_creation_to_the_second_in_utc() {
            assertThat(xml.text(HDR + "/p:MsgId")).isEqualTo("WB-2025-01-ACME");
            assertThat(xml.text(HDR + "/p:CreDtTm")).isEqualTo("2025-02-01T06:30:15+00:00");
            assertThat(OffsetDateTime.parse(xml.text(HDR + "/p:CreDtTm")).toInstant())
                    .isEqualTo(CREATED_AT.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        }

        @Test
        void names_the_company_as_initiating_party() {
            assertThat(xml.text(HDR + "/p:InitgPty/p:Nm")).isEqualTo("Wallbill Demo GmbH + Co. KG");
        }
    }

    @Nested
    class Totals {

        @Test
        void count_and_control_sum_agree_in_header_payment_block_and_transactions() {
            BigDecimal sumOfTransactions = xml.texts(TX + "/p:Amt/p:InstdAmt").stream()
                    .map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);

            assertThat(xml.text("//p:GrpHdr/p:NbOfTxs")).isEqualTo("3");
            assertThat(xml.text("//p:PmtInf/p:NbOfTxs")).isEqualTo("3");
            assertThat(xml.count(TX)).isEqualTo(3);
            assertThat(xml.text("//p:GrpHdr/p:CtrlSum")).isEqualTo("112.31");
            assertThat(xml.text("//p:PmtInf/p:CtrlSum")).isEqualTo("112.31");
            assertThat(sumOfTransactions).isEqualByComparingTo("112.31");
        }

        @Test
        void every_amount_is_in_euro_with_exactly_two_decimals() {
            assertThat(xml.texts(TX + "/p:Amt/p:InstdAmt")).containsExactly("12.30", "100.00", "0.01");
            assertThat(xml.texts(TX + "/p:Amt/p:InstdAmt/@Ccy")).containsExactly("EUR", "EUR", "EUR");
        }

        @Test
        void trailing_zeros_beyond_cents_are_accepted_and_dropped() {
            Pain001Xml written = Pain001Xml.parse(SepaCreditTransferFile.write(
                    SepaBatches.batch(List.of(euros("E2E-1", JOSE, "7.500", null)))));

            assertThat(written.text(TX + "/p:Amt/p:InstdAmt")).isEqualTo("7.50");
            assertThat(written.text("//p:GrpHdr/p:CtrlSum")).isEqualTo("7.50");
        }
    }

    @Nested
    class PaymentInformation {

        private static final String PMT = "/p:Document/p:CstmrCdtTrfInitn/p:PmtInf";

        @Test
        void is_a_sepa_batch_booked_transfer_with_shared_charges() {
            assertThat(xml.text(PMT + "/p:PmtInfId")).isEqualTo("WB-2025-01-ACME-P1");
            assertThat(xml.text(PMT + "/p:PmtMtd")).isEqualTo("TRF");
            assertThat(xml.text(PMT + "/p:BtchBookg")).isEqualTo("true");
            assertThat(xml.text(PMT + "/p:PmtTpInf/p:SvcLvl/p:Cd")).isEqualTo("SEPA");
            assertThat(xml.text(PMT + "/p:ReqdExctnDt/p:Dt")).isEqualTo("2025-02-04");
            assertThat(xml.text(PMT + "/p:ChrgBr")).isEqualTo("SLEV");
        }

        @Test
        void elements_follow_the_schema_sequence() {
            assertThat(xml.childNames(PMT)).containsExactly("PmtInfId", "PmtMtd", "BtchBookg", "NbOfTxs", "CtrlSum",
                    "PmtTpInf", "ReqdExctnDt", "Dbtr", "DbtrAcct", "DbtrAgt", "ChrgBr",
                    "CdtTrfTxInf", "CdtTrfTxInf", "CdtTrfTxInf");
            assertThat(xml.childNames(TX + "[1]")).containsExactly("PmtId", "Amt", "CdtrAgt", "Cdtr", "CdtrAcct",
                    "RmtInf");
            assertThat(xml.childNames(PMT + "/p:Dbtr/p:PstlAdr"))
                    .containsExactly("StrtNm", "BldgNb", "PstCd", "TwnNm", "Ctry");
        }

        @Test
        void debtor_has_name_structured_address_account_and_agent() {
            assertThat(xml.text(PMT + "/p:Dbtr/p:Nm")).isEqualTo("Wallbill Demo GmbH + Co. KG");
            assertThat(xml.text(PMT + "/p:Dbtr/p:PstlAdr/p:StrtNm")).isEqualTo("Friedrichstrasse");
            assertThat(xml.text(PMT + "/p:Dbtr/p:PstlAdr/p:BldgNb")).isEqualTo("123");
            assertThat(xml.text(PMT + "/p:Dbtr/p:PstlAdr/p:PstCd")).isEqualTo("10117");
            assertThat(xml.text(PMT + "/p:Dbtr/p:PstlAdr/p:TwnNm")).isEqualTo("Berlin");
            assertThat(xml.text(PMT + "/p:Dbtr/p:PstlAdr/p:Ctry")).isEqualTo("DE");
            assertThat(xml.text(PMT + "/p:DbtrAcct/p:Id/p:IBAN")).isEqualTo("DE89370400440532013000");
            assertThat(xml.text(PMT + "/p:DbtrAgt/p:FinInstnId/p:BICFI")).isEqualTo("COBADEFFXXX");
        }

        @Test
        void debtor_agent_is_not_provided_when_the_company_bic_is_unknown() {
            SepaParty withoutBic = new SepaParty(COMPANY.name(), COMPANY.iban(), null, COMPANY.address());
            Pain001Xml written = Pain001Xml.parse(SepaCreditTransferFile.write(new SepaBatch("M-1", CREATED_AT,
                    withoutBic, EXECUTION_DATE, SepaBatches.monthClose().transfers())));

            assertThat(written.count(PMT + "/p:DbtrAgt/p:FinInstnId/p:BICFI")).isZero();
            assertThat(written.text(PMT + "/p:DbtrAgt/p:FinInstnId/p:Othr/p:Id")).isEqualTo("NOTPROVIDED");
        }
    }

    @Nested
    class Transactions {

        @Test
        void carry_end_to_end_id_account_and_remittance() {
            assertThat(xml.texts(TX + "/p:PmtId/p:EndToEndId"))
                    .containsExactly("WB-2025-01-0001", "WB-2025-01-0002", "WB-2025-01-0003");
            assertThat(xml.texts(TX + "/p:CdtrAcct/p:Id/p:IBAN"))
                    .containsExactly("ES9121000418450200051332", "DK5000400440116243", "NL91ABNA0417164300");
            assertThat(xml.text(TX + "[1]/p:RmtInf/p:Ustrd")).isEqualTo("Reembolso carga enero 2025 - sesion no 42");
        }

        @Test
        void creditor_agent_appears_only_when_the_bic_is_known() {
            assertThat(xml.text(TX + "[1]/p:CdtrAgt/p:FinInstnId/p:BICFI")).isEqualTo("CAIXESBBXXX");
            assertThat(xml.count(TX + "[2]/p:CdtrAgt")).isZero();
            assertThat(xml.text(TX + "[3]/p:CdtrAgt/p:FinInstnId/p:BICFI")).isEqualTo("INGBNL2A");
        }

        @Test
        void creditor_names_are_transliterated_to_basic_latin() {
            assertThat(xml.texts(TX + "/p:Cdtr/p:Nm"))
                    .containsExactly("Jose Nunez Muller-Lukasz", "Soren AEro Kjaergaard", "Zoe O'Brien");
        }

        @Test
        void creditor_address_is_structured_when_known_and_absent_otherwise() {
            assertThat(xml.text(TX + "[1]/p:Cdtr/p:PstlAdr/p:StrtNm")).isEqualTo("Calle de Alcala");
            assertThat(xml.text(TX + "[1]/p:Cdtr/p:PstlAdr/p:BldgNb")).isEqualTo("48 bis");
            assertThat(xml.text(TX + "[1]/p:Cdtr/p:PstlAdr/p:PstCd")).isEqualTo("28014");
            assertThat(xml.text(TX + "[1]/p:Cdtr/p:PstlAdr/p:TwnNm")).isEqualTo("Madrid");
            assertThat(xml.text(TX + "[1]/p:Cdtr/p:PstlAdr/p:Ctry")).isEqualTo("ES");
            assertThat(xml.count(TX + "[2]/p:Cdtr/p:PstlAdr")).isZero();
            assertThat(xml.text(TX + "[3]/p:Cdtr/p:PstlAdr/p:PstCd")).isEqualTo("1015 BA");
            assertThat(xml.count("//p:AdrLine")).isZero();
        }

        @Test
        void a_creditor_without_remittance_text_gets_no_remittance_element() {
            assertThat(xml.count(TX + "[2]/p:RmtInf")).isZero();
        }

        @Test
        void address_parts_with_only_a_town_leave_the_other_elements_out() {
            SepaParty townOnly = new SepaParty("Ana", JOSE.iban(), null,
                    new PostalAddress(null, " ", null, "Sevilla", "ES"));
            Pain001Xml written = Pain001Xml.parse(SepaCreditTransferFile.write(
                    SepaBatches.batch(List.of(euros("E2E-1", townOnly, "5", null)))));

            assertThat(written.childNames(TX + "/p:Cdtr/p:PstlAdr")).containsExactly("TwnNm", "Ctry");
        }
    }

    @Nested
    class TextLimits {

        @Test
        void overlong_names_addresses_and_remittance_are_truncated_to_epc_lengths() {
            SepaParty verbose = new SepaParty("Ölçer ".repeat(20), JOSE.iban(), null,
                    new PostalAddress("Straße ".repeat(15), "12345678901234567890", "ABCDEFGHIJKLMNOPQRS",
                            "Sankt Görgen an der Großen Mühl bei Linz", "AT"));
            Pain001Xml written = Pain001Xml.parse(SepaCreditTransferFile.write(
                    SepaBatches.batch(List.of(euros("E2E-1", verbose, "5", "Bemerkung ".repeat(20))))));

            assertThat(written.text(TX + "/p:Cdtr/p:Nm")).hasSize(70).startsWith("Olcer Olcer").doesNotEndWith(" ");
            assertThat(written.text(TX + "/p:Cdtr/p:PstlAdr/p:StrtNm")).hasSizeLessThanOrEqualTo(70)
                    .startsWith("Strasse Strasse");
            assertThat(written.text(TX + "/p:Cdtr/p:PstlAdr/p:BldgNb")).isEqualTo("1234567890123456");
            assertThat(written.text(TX + "/p:Cdtr/p:PstlAdr/p:PstCd")).isEqualTo("ABCDEFGHIJKLMNOP");
            assertThat(written.text(TX + "/p:Cdtr/p:PstlAdr/p:TwnNm")).isEqualTo("Sankt Gorgen an der Grossen Muhl be");
            assertThat(written.text(TX + "/p:RmtInf/p:Ustrd")).hasSizeLessThanOrEqualTo(140)
                    .startsWith("Bemerkung Bemerkung");
        }

        @Test
        void every_field_of_the_written_file_respects_its_epc_maximum() {
            assertThat(xml.texts("//p:Nm")).allSatisfy(name -> assertThat(name).hasSizeLessThanOrEqualTo(70));
            assertThat(xml.texts("//p:StrtNm")).allSatisfy(s -> assertThat(s).hasSizeLessThanOrEqualTo(70));
            assertThat(xml.texts("//p:BldgNb")).allSatisfy(s -> assertThat(s).hasSizeLessThanOrEqualTo(16));
            assertThat(xml.texts("//p:PstCd")).allSatisfy(s -> assertThat(s).hasSizeLessThanOrEqualTo(16));
            assertThat(xml.texts("//p:TwnNm")).allSatisfy(s -> assertThat(s).hasSizeLessThanOrEqualTo(35));
            assertThat(xml.texts("//p:Ustrd")).allSatisfy(s -> assertThat(s).hasSizeLessThanOrEqualTo(140));
            assertThat(xml.texts("//p:MsgId | //p:PmtInfId | //p:EndToEndId"))
                    .allSatisfy(id -> assertThat(id).hasSizeLessThanOrEqualTo(35));
        }

        @Test
        void every_text_node_and_attribute_uses_only_the_epc_character_set() {
            List<Node> texts = xml.nodes("//text()[normalize-space()] | //@*[not(starts-with(name(), 'xmlns'))]");

            assertThat(texts).isNotEmpty().allSatisfy(node -> assertThat(node.getNodeValue())
                    .as("%s", node instanceof Attr attr ? "@" + attr.getName() : node.getParentNode().getLocalName())
                    .matches(EPC_TEXT));
        }
    }

    @Nested
    class Determinism {

        @Test
        void the_same_batch_always_yields_the_same_bytes() {
            assertThat(SepaCreditTransferFile.write(SepaBatches.monthClose())).isEqualTo(file);
            assertThat(SepaCreditTransferFile.write(SepaBatches.monthClose())).isEqualTo(file);
        }

        @Test
        void sub_second_differences_in_creation_time_do_not_change_the_file() {
            SepaBatch batch = SepaBatches.monthClose();
            SepaBatch later = new SepaBatch(batch.messageId(), CREATED_AT.plusNanos(500_000_000).minusNanos(123_456_000),
                    batch.debtor(), batch.requestedExecutionDate(), batch.transfers());

            assertThat(SepaCreditTransferFile.write(later)).isEqualTo(file);
        }
    }

    @Test
    void payment_information_id_stays_within_35_characters_for_a_maximal_message_id() {
        String messageId = "M".repeat(35);

        assertThat(SepaCreditTransferFile.paymentInformationId(messageId)).hasSize(35).endsWith("-P1");
        assertThat(SepaCreditTransferFile.paymentInformationId("WB-1")).isEqualTo("WB-1-P1");
    }
}
