package com.wallbill.billing.app;

import com.wallbill.billing.iban.Bic;
import com.wallbill.billing.iban.Iban;
import com.wallbill.billing.party.PostalAddress;
import com.wallbill.billing.sepa.SepaBatch;
import com.wallbill.billing.sepa.SepaCreditTransferFile;
import com.wallbill.billing.sepa.SepaParty;
import com.wallbill.billing.sepa.SepaTransfer;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;

/**
 * The SEPA credit transfer file (pain.001.001.09) of a closed month's pending manual refunds: the company's
 * account as debtor, one transfer per statement line to the employee's IBAN. Everything in the file derives from
 * stored data (ids, the close instant), so downloading the same pending lines again gives the same file, the
 * same message id and the same end-to-end ids; once some lines are marked paid, the remaining ones form a new
 * batch with a new message id. Employees' IBANs are decrypted here, only for the file.
 */
@ApplicationScoped
public class TransferFiles {

    private static final String COMPANY = """
            SELECT s.id AS statement_id, s.status, s.closed_at, c.name, c.iban, c.bic, c.time_zone, c.street_name,
                   c.building_number, c.post_code, c.town_name, c.country_code
            FROM statement s JOIN company c ON c.id = s.company_id WHERE s.company_id = $1 AND s.month = $2""";
    private static final String PENDING_MANUAL = """
            SELECT l.id, l.refund, s.currency, e.id AS employee_id, e.name, e.iban, e.bic, e.street_name,
                   e.building_number, e.post_code, e.town_name, e.country_code
            FROM statement_line l JOIN statement s ON s.id = l.statement_id JOIN employee e ON e.id = l.employee_id
            WHERE l.statement_id = $1 AND l.payment_type = 'MANUAL' AND l.status = 'PENDING' AND l.refund > 0
            ORDER BY l.id""";

    private final Pool pool;
    private final IbanVault vault;

    TransferFiles(@BillingDatabase.Billing Pool pool, IbanVault vault) {
        this.pool = pool;
        this.vault = vault;
    }

    public Future<byte[]> pendingManualRefunds(long companyId, YearMonth month) {
        return pool.preparedQuery(COMPANY).execute(Tuple.of(companyId, month.atDay(1))).compose(rows -> {
            if (rows.size() == 0) {
                return Future.failedFuture(new Refusal(404, "Not Found", "No statement for " + month));
            }
            Row company = rows.iterator().next();
            if (!"CLOSED".equals(company.getString("status"))) {
                return Future.failedFuture(new Refusal(409, "Conflict",
                        month + " is still in progress: its refunds are not final"));
            }
            if (company.getString("iban") == null) {
                return Future.failedFuture(new Refusal(409, "Conflict",
                        "The company has no IBAN to pay from; add it to the company's data"));
            }
            long statementId = company.getLong("statement_id");
            return pool.preparedQuery(PENDING_MANUAL).execute(Tuple.of(statementId)).compose(lines -> {
                if (lines.size() == 0) {
                    return Future.failedFuture(new Refusal(409, "Conflict",
                            "No pending manual refunds in " + month));
                }
                List<SepaTransfer> transfers = new ArrayList<>();
                List<String> withoutIban = new ArrayList<>();
                StringBuilder lineIds = new StringBuilder();
                for (Row line : lines) {
                    lineIds.append(line.getLong("id")).append(',');
                    if (line.getString("iban") == null) {
                        withoutIban.add(line.getString("name") + " (employee " + line.getLong("employee_id") + ")");
                        continue;
                    }
                    transfers.add(new SepaTransfer("WB-" + statementId + "-" + line.getLong("id"),
                            party(line, line.getString("name"), vault.reveal(line.getString("iban"))),
                            line.getBigDecimal("refund"),
                            Currency.getInstance(line.getString("currency").strip()),
                            "Wallbill EV charging refund " + month));
                }
                if (!withoutIban.isEmpty()) {
                    return Future.failedFuture(new Refusal(409, "Conflict",
                            "Employees without an IBAN: " + String.join(", ", withoutIban)));
                }
                ZoneId zone = ZoneId.of(company.getString("time_zone"));
                LocalDate closedOn = LocalDate.ofInstant(company.getOffsetDateTime("closed_at").toInstant(), zone);
                SepaBatch batch = new SepaBatch("WB-" + statementId + "-" + digest(lineIds.toString()),
                        company.getOffsetDateTime("closed_at").toInstant(),
                        party(company, company.getString("name"), company.getString("iban")),
                        nextBusinessDay(closedOn), transfers);
                return Future.succeededFuture(SepaCreditTransferFile.write(batch));
            });
        });
    }

    private static SepaParty party(Row row, String name, String iban) {
        String bic = row.getString("bic");
        PostalAddress address = row.getString("town_name") == null || row.getString("country_code") == null ? null
                : new PostalAddress(row.getString("street_name"), row.getString("building_number"),
                        row.getString("post_code"), row.getString("town_name"), row.getString("country_code"));
        return new SepaParty(name, Iban.parse(iban), bic == null ? null : Bic.parse(bic), address);
    }

    private static LocalDate nextBusinessDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
