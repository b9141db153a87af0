package com.wallbill.billing.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * How invoice values read on paper. Fixed to English and to "1,234.56" rather than the JVM's default locale:
 * a stored invoice must come out the same on every server.
 */
final class InvoiceFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private InvoiceFormat() {
    }

    /** "€ 1,234.56"; the ISO code instead when the symbol cannot be printed in WinAnsi ("INR 12.00"). */
    static String money(BigDecimal amount, Currency currency) {
        return currencyMark(currency) + " " + grouped(amount, currency.getDefaultFractionDigits());
    }

    static String energyKwh(BigDecimal kwh) {
        return grouped(kwh, InvoiceLine.ENERGY_SCALE);
    }

    static String period(YearMonth period) {
        return period.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Locale.ENGLISH) + " " + period.getYear();
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String paymentType(String paymentType) {
        return InvoiceLine.AUTOMATIC.equals(paymentType) ? "Automatic" : "Manual";
    }

    static String currencyMark(Currency currency) {
        String symbol = currency.getSymbol(Locale.ENGLISH);
        return WinAnsiText.isEncodable(symbol) ? symbol : currency.getCurrencyCode();
    }

    /** Thousands separated by commas; UNNECESSARY because amounts reaching the page are already rounded. */
    static String grouped(BigDecimal value, int fractionDigits) {
        String plain = value.setScale(fractionDigits, RoundingMode.UNNECESSARY).abs().toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        StringBuilder out = new StringBuilder(plain.length() + whole.length() / 3 + 1);
        if (value.signum() < 0) {
            out.append('-');
        }
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(whole.charAt(i));
        }
        if (point >= 0) {
            out.append(plain, point, plain.length());
        }
        return out.toString();
    }
}
