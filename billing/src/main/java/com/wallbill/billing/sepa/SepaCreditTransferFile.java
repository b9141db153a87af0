package com.wallbill.billing.sepa;

import com.prowidesoftware.swift.model.mx.MxPain00100109;
import com.prowidesoftware.swift.model.mx.MxWriteParams;
import com.prowidesoftware.swift.model.mx.dic.AccountIdentification4Choice;
import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.AmountType4Choice;
import com.prowidesoftware.swift.model.mx.dic.BranchAndFinancialInstitutionIdentification6;
import com.prowidesoftware.swift.model.mx.dic.CashAccount38;
import com.prowidesoftware.swift.model.mx.dic.ChargeBearerType1Code;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.CustomerCreditTransferInitiationV09;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTime2Choice;
import com.prowidesoftware.swift.model.mx.dic.FinancialInstitutionIdentification18;
import com.prowidesoftware.swift.model.mx.dic.GenericFinancialIdentification1;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader85;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification135;
import com.prowidesoftware.swift.model.mx.dic.PaymentIdentification6;
import com.prowidesoftware.swift.model.mx.dic.PaymentInstruction30;
import com.prowidesoftware.swift.model.mx.dic.PaymentMethod3Code;
import com.prowidesoftware.swift.model.mx.dic.PaymentTypeInformation26;
import com.prowidesoftware.swift.model.mx.dic.PostalAddress24;
import com.prowidesoftware.swift.model.mx.dic.RemittanceInformation16;
import com.prowidesoftware.swift.model.mx.dic.ServiceLevel8Choice;
import com.wallbill.billing.iban.Bic;
import com.wallbill.billing.iban.Iban;
import com.wallbill.billing.party.PostalAddress;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Writes a {@link SepaBatch} as an ISO 20022 pain.001.001.09 customer credit transfer initiation, following the
 * EPC SEPA Credit Transfer implementation guidelines: one payment information block (one debtor account, one
 * execution date), batch booking, charges shared at service level.
 *
 * <p>The output depends only on the batch: no clock, no generated ids. Uploading the same month close twice then
 * produces the same file, which the bank recognises by its MsgId.
 */
public final class SepaCreditTransferFile {

    public static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";

    /** Agent identification when the BIC is unknown, as the EPC guidelines prescribe. */
    static final String NOT_PROVIDED = "NOTPROVIDED";

    private static final String PAYMENT_INFORMATION_SUFFIX = "-P1";

    private SepaCreditTransferFile() {
    }

    /**
     * @return the document as UTF-8 XML
     * @throws IllegalArgumentException if the batch breaks an EPC rule that cannot be fixed by transliteration or
     *                                  truncation; the message names the transfer and field
     */
    public static byte[] write(SepaBatch batch) {
        EpcRules.check(batch);
        MxPain00100109 message = new MxPain00100109().setCstmrCdtTrfInitn(initiation(batch));
        MxWriteParams params = new MxWriteParams();
        // Bank portals expect the plain <Document xmlns="..."> form, without business application header.
        params.prefix = null;
        params.includeXMLDeclaration = true;
        params.indent = "  ";
        String xml = message.document(params);
        if (xml == null) {
            // Prowide logs a marshalling failure and returns null instead of throwing.
            throw new IllegalStateException("pain.001 document for message " + batch.messageId()
                    + " could not be written; see the Prowide log");
        }
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * One file carries one payment information block, so its id only needs to be unique with the message id.
     * The suffix leaves room for more blocks per file later.
     */
    static String paymentInformationId(String messageId) {
        int room = EpcRules.IDENTIFIER_MAX - PAYMENT_INFORMATION_SUFFIX.length();
        return messageId.substring(0, Math.min(messageId.length(), room)) + PAYMENT_INFORMATION_SUFFIX;
    }

    private static CustomerCreditTransferInitiationV09 initiation(SepaBatch batch) {
        BigDecimal controlSum = batch.transfers().stream()
                .map(SepaTransfer::amount)
                .map(SepaCreditTransferFile::cents)
                .reduce(BigDecimal.ZERO.setScale(EpcRules.AMOUNT_SCALE), BigDecimal::add);
        String numberOfTransactions = Integer.toString(batch.transfers().size());

        GroupHeader85 header = new GroupHeader85()
                .setMsgId(batch.messageId())
                .setCreDtTm(OffsetDateTime.ofInstant(batch.createdAt().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC))
                .setNbOfTxs(numberOfTransactions)
                .setCtrlSum(controlSum)
                .setInitgPty(new PartyIdentification135().setNm(name(batch.debtor())));

        SepaParty debtor = batch.debtor();
        PaymentInstruction30 payment = new PaymentInstruction30()
                .setPmtInfId(paymentInformationId(batch.messageId()))
                .setPmtMtd(PaymentMethod3Code.TRF)
                .setBtchBookg(true)
                .setNbOfTxs(numberOfTransactions)
                .setCtrlSum(controlSum)
                .setPmtTpInf(new PaymentTypeInformation26().addSvcLvl(new ServiceLevel8Choice().setCd("SEPA")))
                .setReqdExctnDt(new DateAndDateTime2Choice().setDt(batch.requestedExecutionDate()))
                .setDbtr(party(debtor))
                .setDbtrAcct(account(debtor.iban()))
                .setDbtrAgt(debtor.bic() != null ? agent(debtor.bic()) : agentNotProvided())
                .setChrgBr(ChargeBearerType1Code.SLEV);
        batch.transfers().forEach(transfer -> payment.addCdtTrfTxInf(transaction(transfer)));

        return new CustomerCreditTransferInitiationV09().setGrpHdr(header).addPmtInf(payment);
    }

    private static CreditTransferTransaction34 transaction(SepaTransfer transfer) {
        SepaParty creditor = transfer.creditor();
        CreditTransferTransaction34 transaction = new CreditTransferTransaction34()
                .setPmtId(new PaymentIdentification6().setEndToEndId(transfer.endToEndId()))
                .setAmt(new AmountType4Choice().setInstdAmt(new ActiveOrHistoricCurrencyAndAmount()
                        .setCcy(EpcRules.EURO.getCurrencyCode())
                        .setValue(cents(transfer.amount()))))
                .setCdtr(party(creditor))
                .setCdtrAcct(account(creditor.iban()));
        if (creditor.bic() != null) {
            transaction.setCdtrAgt(agent(creditor.bic()));
        }
        String remittance = transfer.remittanceInformation() == null ? ""
                : EpcCharacterSet.fit(transfer.remittanceInformation(), EpcRules.REMITTANCE_MAX);
        if (!remittance.isEmpty()) {
            transaction.setRmtInf(new RemittanceInformation16().addUstrd(remittance));
        }
        return transaction;
    }

    /** Exact: {@link EpcRules} has already refused amounts with more than two decimals. */
    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(EpcRules.AMOUNT_SCALE, RoundingMode.UNNECESSARY);
    }

    private static String name(SepaParty party) {
        return EpcCharacterSet.fit(party.name(), EpcRules.NAME_MAX);
    }

    private static PartyIdentification135 party(SepaParty party) {
        PartyIdentification135 identification = new PartyIdentification135().setNm(name(party));
        if (party.address() != null) {
            identification.setPstlAdr(postalAddress(party.address()));
        }
        return identification;
    }

    private static PostalAddress24 postalAddress(PostalAddress address) {
        return new PostalAddress24()
                .setStrtNm(optionalText(address.streetName(), EpcRules.STREET_MAX))
                .setBldgNb(optionalText(address.buildingNumber(), EpcRules.BUILDING_NUMBER_MAX))
                .setPstCd(optionalText(address.postCode(), EpcRules.POST_CODE_MAX))
                .setTwnNm(EpcCharacterSet.fit(address.townName(), EpcRules.TOWN_MAX))
                .setCtry(address.countryCode());
    }

    /** Null (element left out) when absent or when nothing survives transliteration: empty elements are invalid. */
    private static String optionalText(String text, int maxLength) {
        if (text == null) {
            return null;
        }
        String epc = EpcCharacterSet.fit(text, maxLength);
        return epc.isEmpty() ? null : epc;
    }

    private static CashAccount38 account(Iban iban) {
        return new CashAccount38().setId(new AccountIdentification4Choice().setIBAN(iban.value()));
    }

    private static BranchAndFinancialInstitutionIdentification6 agent(Bic bic) {
        return new BranchAndFinancialInstitutionIdentification6()
                .setFinInstnId(new FinancialInstitutionIdentification18().setBICFI(bic.value()));
    }

    private static BranchAndFinancialInstitutionIdentification6 agentNotProvided() {
        return new BranchAndFinancialInstitutionIdentification6().setFinInstnId(
                new FinancialInstitutionIdentification18().setOthr(new GenericFinancialIdentification1().setId(NOT_PROVIDED)));
    }
}
