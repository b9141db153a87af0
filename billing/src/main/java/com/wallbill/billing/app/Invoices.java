package com.wallbill.billing.app;

import com.wallbill.billing.invoice.Invoice;
import com.wallbill.billing.invoice.InvoiceLine;
import com.wallbill.billing.invoice.InvoiceParty;
import com.wallbill.billing.invoice.InvoicePdf;
import com.wallbill.billing.party.PostalAddress;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Issues the invoice of a closed statement, once: the statement row is locked, an existing invoice is returned
 * as is, and the number is taken from the company's sequence for the year in the same transaction as the invoice
 * is stored (a rolled-back issue gives its number back, so numbers have no gaps). The PDF is rendered once and
 * kept: downloading it later returns the same bytes.
 */
@ApplicationScoped
public class Invoices {

    private static final String STATEMENT = """
            SELECT s.id, s.company_id, s.month, s.status, s.currency, s.closed_at, c.name, c.tax_id, c.time_zone,
                   c.street_name, c.building_number, c.post_code, c.town_name, c.country_code
            FROM statement s JOIN company c ON c.id = s.company_id WHERE s.id = $1 FOR UPDATE OF s""";
    private static final String EXISTING = "SELECT id FROM invoice WHERE statement_id = $1";
    private static final String LINES = """
            SELECT l.employee_id, e.name AS employee_name, l.charge_point_id, l.sessions, l.energy_wh, l.cost,
                   l.refund, l.payment_type, l.kind
            FROM statement_line l JOIN employee e ON e.id = l.employee_id
            WHERE l.statement_id = $1
            ORDER BY e.name, l.employee_id, l.charge_point_id, l.payment_type, l.kind DESC""";
    private static final String NEXT_NUMBER = """
            INSERT INTO invoice_sequence (company_id, year, last_number) VALUES ($1, $2, 1)
            ON CONFLICT (company_id, year) DO UPDATE SET last_number = invoice_sequence.last_number + 1
            RETURNING last_number""";
    private static final String INSERT = """
            INSERT INTO invoice (company_id, statement_id, year, number, issued_on, total, currency, pdf)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id""";
    private static final String PDF = """
            SELECT i.pdf, i.year, i.number FROM invoice i JOIN statement s ON s.id = i.statement_id
            WHERE s.company_id = $1 AND s.month = $2""";

    private static final String MISSING = """
            SELECT s.id FROM statement s
            WHERE s.status = 'CLOSED' AND NOT EXISTS (SELECT 1 FROM invoice i WHERE i.statement_id = s.id)
              AND EXISTS (SELECT 1 FROM statement_line l WHERE l.statement_id = s.id)
            ORDER BY s.id LIMIT $1""";

    /** A stored invoice: its number as printed and the PDF bytes. */
    public record StoredInvoice(String number, byte[] pdf) {
    }

    private final Pool pool;
    private final Vertx vertx;
    private final InvoiceParty issuer;
    private final Clock clock;

    Invoices(@BillingDatabase.Billing Pool pool, Vertx vertx, BillingConfig config) {
        this.pool = pool;
        this.vertx = vertx;
        this.clock = Clock.systemUTC();
        BillingConfig.Issuer i = config.issuer();
        this.issuer = new InvoiceParty(i.name(), i.taxId(), new PostalAddress(i.streetName().orElse(null),
                i.buildingNumber().orElse(null), i.postCode().orElse(null), i.townName(), i.countryCode()),
                i.email().orElse(null));
    }

    /** Issues the invoice of a closed statement if it has none; a month with no billed lines has no invoice. */
    public Future<Optional<Long>> issue(long statementId) {
        return pool.withTransaction(c -> c.preparedQuery(STATEMENT).execute(Tuple.of(statementId)).compose(rows -> {
            Row statement = rows.iterator().next();
            if (!"CLOSED".equals(statement.getString("status"))) {
                return Future.failedFuture(new IllegalStateException("statement " + statementId + " is not closed"));
            }
            return c.preparedQuery(EXISTING).execute(Tuple.of(statementId)).compose(existing -> existing.size() > 0
                    ? Future.succeededFuture(Optional.of(existing.iterator().next().getLong("id")))
                    : issueNew(c, statement));
        }));
    }

    /**
     * Issues the invoices a close did not get to (the process stopped between freezing a month and invoicing it);
     * returns how many it issued.
     */
    public Future<Integer> issueMissing(int limit) {
        return pool.preparedQuery(MISSING).execute(Tuple.of(limit)).compose(rows -> {
            List<Long> ids = new ArrayList<>();
            rows.forEach(r -> ids.add(r.getLong("id")));
            return Lanes.run(ids, 1, id -> issue(id).map(issued -> issued.isPresent() ? 1 : 0));
        });
    }

    /** The invoice of a company's month, as issued. */
    public Future<Optional<StoredInvoice>> find(long companyId, YearMonth month) {
        return pool.preparedQuery(PDF).execute(Tuple.of(companyId, month.atDay(1))).map(rows -> {
            if (rows.size() == 0) {
                return Optional.empty();
            }
            Row row = rows.iterator().next();
            return Optional.of(new StoredInvoice(number(row.getInteger("year"), row.getInteger("number")),
                    row.getBuffer("pdf").getBytes()));
        });
    }

    private Future<Optional<Long>> issueNew(SqlConnection c, Row statement) {
        long statementId = statement.getLong("id");
        long companyId = statement.getLong("company_id");
        Currency currency = Currency.getInstance(statement.getString("currency").strip());
        ZoneId zone = ZoneId.of(statement.getString("time_zone"));
        LocalDate issuedOn = LocalDate.ofInstant(clock.instant(), zone);
        return c.preparedQuery(LINES).execute(Tuple.of(statementId)).compose(lineRows -> {
            List<InvoiceLine> lines = new ArrayList<>();
            for (Row l : lineRows) {
                String name = l.getString("employee_name")
                        + ("ADJUSTMENT".equals(l.getString("kind")) ? " (adjustment of earlier months)" : "");
                lines.add(new InvoiceLine(name, String.valueOf(l.getLong("employee_id")),
                        l.getString("charge_point_id"),
                        l.getBigDecimal("energy_wh").movePointLeft(3).setScale(3, RoundingMode.HALF_UP),
                        l.getInteger("sessions"), l.getBigDecimal("cost"), l.getBigDecimal("refund"),
                        l.getString("payment_type")));
            }
            if (lines.isEmpty()) {
                return Future.succeededFuture(Optional.<Long>empty());
            }
            return c.preparedQuery(NEXT_NUMBER).execute(Tuple.of(companyId, issuedOn.getYear())).compose(seq -> {
                int number = seq.iterator().next().getInteger("last_number");
                Invoice invoice = new Invoice(number(issuedOn.getYear(), number), issuedOn,
                        YearMonth.from(statement.getLocalDate("month")), currency, issuer, customer(statement),
                        lines, null);
                // Rendering a large invoice takes a while: keep it off the event loop.
                return vertx.<byte[]>executeBlocking(() -> InvoicePdf.render(invoice), false)
                        .compose(pdf -> c.preparedQuery(INSERT).execute(Tuple.from(List.of(companyId, statementId,
                                issuedOn.getYear(), number, issuedOn, invoice.totalRefund(), currency.getCurrencyCode(),
                                Buffer.buffer(pdf)))))
                        .map(inserted -> Optional.of(inserted.iterator().next().getLong("id")));
            });
        });
    }

    private static InvoiceParty customer(Row s) {
        PostalAddress address = s.getString("town_name") == null || s.getString("country_code") == null ? null
                : new PostalAddress(s.getString("street_name"), s.getString("building_number"),
                        s.getString("post_code"), s.getString("town_name"), s.getString("country_code"));
        String taxId = s.getString("tax_id");
        return new InvoiceParty(s.getString("name"), taxId == null || taxId.isBlank() ? "-" : taxId, address, null);
    }

    static String number(int year, int number) {
        return String.format("%04d-%06d", year, number);
    }
}
