package com.wallbill.billing.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvoiceFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EUR | 0     | € 0.00",
        "EUR | 12.5  | € 12.50",
        "EUR | 1234567.89 | € 1,234,567.89",
        "GBP | 999.99 | £ 999.99",
        "USD | 1000  | $ 1,000.00",
        "CHF | 12.30 | CHF 12.30",
        "PLN | 12.30 | PLN 12.30",
        "INR | 12.30 | INR 12.30",
        "JPY | 1200  | ¥ 1,200",
    })
    void moneyShowsThePrintableSymbolOrElseTheCode(String code, String amount, String shown) {
        assertThat(InvoiceFormat.money(new BigDecimal(amount), Currency.getInstance(code))).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0 | 0.000", "7.5 | 7.500", "12345.678 | 12,345.678"})
    void energyShowsThreeDecimalsWithThousandsSeparators(String kwh, String shown) {
        assertThat(InvoiceFormat.energyKwh(new BigDecimal(kwh))).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource({"2026-11, November 2026", "2027-02, February 2027"})
    void periodIsMonthNameAndYearInEnglishWhateverTheServerLocale(String period, String shown) {
        assertThat(InvoiceFormat.period(YearMonth.parse(period))).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource({"2026-12-03, 3 December 2026", "2028-02-29, 29 February 2028"})
    void dateIsDayMonthYear(String date, String shown) {
        assertThat(InvoiceFormat.date(LocalDate.parse(date))).isEqualTo(shown);
    }
}
