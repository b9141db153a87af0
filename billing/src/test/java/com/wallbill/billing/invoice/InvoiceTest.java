package com.wallbill.billing.invoice;

import static com.wallbill.billing.invoice.InvoiceSamples.CUSTOMER;
import static com.wallbill.billing.invoice.InvoiceSamples.EUR;
import static com.wallbill.billing.invoice.InvoiceSamples.ISSUER;
import static com.wallbill.billing.invoice.InvoiceSamples.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InvoiceTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 12, 3);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final List<InvoiceLine> LINES = List.of(line("Anna Schmidt", "12.34", "12.34"));

    @Nested
    class Totals {

        @Test
        void totalsAreSumsOfTheLinesAtCurrencyScale() {
            Invoice invoice = InvoiceSamples.small();

            assertThat(invoice.totalCost()).isEqualTo(new BigDecimal("120.49"));
            assertThat(invoice.totalRefund()).isEqualTo(new BigDecimal("118.83"));
            assertThat(invoice.totalEnergyKwh()).isEqualTo(new BigDecimal("123.750"));
            assertThat(invoice.totalSessions()).isEqualTo(18);
        }

        @Test
        void shorterAmountsAreWidenedToTheCurrencyMinorUnit() {
            Invoice invoice = InvoiceSamples.invoice(List.of(line("Anna Schmidt", "12.5", "3")));

            assertThat(invoice.lines().get(0).cost()).isEqualTo(new BigDecimal("12.50"));
            assertThat(invoice.totalRefund()).isEqualTo(new BigDecimal("3.00"));
        }

        @Test
        void adjustmentLineTakingMoneyBackReducesTheTotals() {
            Invoice invoice = InvoiceSamples.invoice(List.of(line("Anna Schmidt", "12.50", "10.00"),
                    line("Anna Schmidt (adjustment)", "-2.50", "-2.00")));

            assertThat(invoice.totalCost()).isEqualTo(new BigDecimal("10.00"));
            assertThat(invoice.totalRefund()).isEqualTo(new BigDecimal("8.00"));
            assertThat(InvoicePdf.render(invoice)).isNotEmpty();
        }

        @Test
        void currencyWithoutDecimalsTotalsInWholeUnits() {
            Invoice invoice = new Invoice("2026-000001", ISSUED, NOVEMBER, Currency.getInstance("JPY"), ISSUER,
                    CUSTOMER, List.of(line("Sato Haruto", "1200", "1150")), null);

            assertThat(invoice.totalRefund()).isEqualTo(new BigDecimal("1150"));
        }

        @Test
        void energyIsKeptAtThreeDecimals() {
            InvoiceLine line = new InvoiceLine("Anna", "E-1", "CP-1", new BigDecimal("7.5"), 1, BigDecimal.ONE,
                    BigDecimal.ONE, InvoiceLine.MANUAL);

            assertThat(line.energyKwh()).isEqualTo(new BigDecimal("7.500"));
        }

        @Test
        void linesCannotBeChangedAfterConstruction() {
            List<InvoiceLine> lines = new ArrayList<>(LINES);
            Invoice invoice = InvoiceSamples.invoice(lines);
            lines.add(line("Late Addition", "1.00", "1.00"));

            assertThat(invoice.lines()).hasSize(1);
            assertThatThrownBy(() -> invoice.lines().add(line("X", "1.00", "1.00")))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    static Stream<Arguments> invalidInvoices() {
        return Stream.of(
                invalid("null number", "number",
                        () -> invoice(null, ISSUED, NOVEMBER, EUR, LINES)),
                invalid("number without year", "number must look like",
                        () -> invoice("000012", ISSUED, NOVEMBER, EUR, LINES)),
                invalid("number with short sequence", "number must look like",
                        () -> invoice("2026-12", ISSUED, NOVEMBER, EUR, LINES)),
                invalid("number from another year than the issue", "issue year",
                        () -> invoice("2025-000012", ISSUED, NOVEMBER, EUR, LINES)),
                invalid("issued before the period starts", "before the invoiced period",
                        () -> invoice("2026-000012", LocalDate.of(2026, 10, 31), NOVEMBER, EUR, LINES)),
                invalid("null issue date", "issueDate",
                        () -> invoice("2026-000012", null, NOVEMBER, EUR, LINES)),
                invalid("null period", "period",
                        () -> invoice("2026-000012", ISSUED, null, EUR, LINES)),
                invalid("null currency", "currency",
                        () -> invoice("2026-000012", ISSUED, NOVEMBER, null, LINES)),
                invalid("currency without minor unit", "no minor unit",
                        () -> invoice("2026-000012", ISSUED, NOVEMBER, Currency.getInstance("XXX"), LINES)),
                invalid("no lines", "at least one line",
                        () -> invoice("2026-000012", ISSUED, NOVEMBER, EUR, List.of())),
                invalid("null lines", "lines",
                        () -> invoice("2026-000012", ISSUED, NOVEMBER, EUR, null)),
                invalid("null line", "lines[1]",
                        () -> invoice("2026-000012", ISSUED, NOVEMBER, EUR, Arrays.asList(LINES.get(0), null))),
                invalid("cost finer than a cent", "cost 12.345",
                        () -> invoice("2026-000012", ISSUED, NOVEMBER, EUR, List.of(line("Anna", "12.345", "12.34")))),
                invalid("refund finer than a cent", "refund 12.340",
                        () -> invoice("2026-000012", ISSUED, NOVEMBER, EUR, List.of(line("Anna", "12.34", "12.340")))),
                invalid("yen with decimals", "JPY",
                        () -> invoice("2026-000012", ISSUED, NOVEMBER, Currency.getInstance("JPY"),
                                List.of(line("Sato", "12.5", "12")))),
                invalid("null issuer", "issuer",
                        () -> new Invoice("2026-000012", ISSUED, NOVEMBER, EUR, null, CUSTOMER, LINES, null)),
                invalid("null customer", "customer",
                        () -> new Invoice("2026-000012", ISSUED, NOVEMBER, EUR, ISSUER, null, LINES, null)));
    }

    static Stream<Arguments> invalidLines() {
        BigDecimal one = BigDecimal.ONE;
        BigDecimal kwh = new BigDecimal("5.000");
        return Stream.of(
                invalid("blank employee name", "employeeName",
                        () -> new InvoiceLine(" ", "E-1", "CP-1", kwh, 1, one, one, "MANUAL")),
                invalid("null employee id", "employeeId",
                        () -> new InvoiceLine("Anna", null, "CP-1", kwh, 1, one, one, "MANUAL")),
                invalid("blank charge point", "chargePointId",
                        () -> new InvoiceLine("Anna", "E-1", "", kwh, 1, one, one, "MANUAL")),
                invalid("energy with four decimals", "3 decimals",
                        () -> new InvoiceLine("Anna", "E-1", "CP-1", new BigDecimal("5.0001"), 1, one, one, "MANUAL")),
                invalid("negative sessions", "sessions",
                        () -> new InvoiceLine("Anna", "E-1", "CP-1", kwh, -1, one, one, "MANUAL")),
                invalid("null refund", "refund",
                        () -> new InvoiceLine("Anna", "E-1", "CP-1", kwh, 1, one, null, "MANUAL")),
                invalid("unknown payment type", "paymentType",
                        () -> new InvoiceLine("Anna", "E-1", "CP-1", kwh, 1, one, one, "CASH")),
                invalid("lower-case payment type", "paymentType",
                        () -> new InvoiceLine("Anna", "E-1", "CP-1", kwh, 1, one, one, "manual")));
    }

    static Stream<Arguments> invalidParties() {
        return Stream.of(
                invalid("blank name", "name", () -> new InvoiceParty("  ", "DE1", null, null)),
                invalid("null tax id", "taxId", () -> new InvoiceParty("Acme", null, null, null)),
                invalid("blank tax id", "taxId", () -> new InvoiceParty("Acme", "", null, null)),
                invalid("email without @", "email",
                        () -> new InvoiceParty("Acme", "DE1", null, "billing.acme.example")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"invalidInvoices", "invalidLines", "invalidParties"})
    void invalidInputIsRejectedNamingTheProblem(String problem, String mentioned, Supplier<Object> construction) {
        assertThatThrownBy(construction::get)
                .isInstanceOfAny(IllegalArgumentException.class, NullPointerException.class)
                .hasMessageContaining(mentioned);
    }

    @Test
    void amountFinerThanTheCurrencyNamesTheLineAndTheAmount() {
        assertThatThrownBy(() -> InvoiceSamples.invoice(List.of(LINES.get(0), line("Anna", "1.005", "1.00"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lines[1]")
                .hasMessageContaining("1.005")
                .hasMessageContaining("EUR");
    }

    @Test
    void blankNoteIsNoNote() {
        Invoice invoice = new Invoice("2026-000012", ISSUED, NOVEMBER, EUR, ISSUER, CUSTOMER, LINES, "  ");

        assertThat(invoice.note()).isNull();
    }

    private static Arguments invalid(String problem, String mentioned, Supplier<Object> construction) {
        return Arguments.of(problem, mentioned, construction);
    }

    private static Invoice invoice(String number, LocalDate issued, YearMonth period, Currency currency,
            List<InvoiceLine> lines) {
        return new Invoice(number, issued, period, currency, ISSUER, CUSTOMER, lines, null);
    }
}
