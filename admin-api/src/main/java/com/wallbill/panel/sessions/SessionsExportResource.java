package com.wallbill.panel.sessions;

import static com.wallbill.panel.sessions.SheetResponses.await;

import com.wallbill.billing.app.BillingDatabase;
import com.wallbill.panel.PanelPaths;
import com.wallbill.panel.auth.CurrentCaller;
import com.wallbill.panel.export.ExcelSheetWriter;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.sqlclient.Pool;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;

/**
 * The session list as an Excel file: the same filters and order, every matching row, streamed (see
 * {@link SheetResponses}). Checked before the first byte goes out, so a bad parameter is still a problem response.
 */
@Path(PanelPaths.ROOT + "/sessions.xlsx")
public class SessionsExportResource {

    private final SessionSearch search;
    private final SheetResponses sheets;
    private final CurrentCaller current;
    private final Pool pool;

    SessionsExportResource(SessionSearch search, SheetResponses sheets, CurrentCaller current,
            @BillingDatabase.Billing Pool pool) {
        this.search = search;
        this.sheets = sheets;
        this.current = current;
        this.pool = pool;
    }

    @GET
    @Blocking
    @Produces(SheetResponses.XLSX)
    public Response export(@QueryParam("deviceId") String deviceId, @QueryParam("employeeId") String employeeId,
            @QueryParam("search") String text, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("sort") String sort, @Context HttpServerRequest request) {
        long company = current.get().company();
        SessionSort order = SessionSort.parse(sort);
        SessionFilter filter = await(search.filter(company,
                new SessionSearch.Params(deviceId, employeeId, text, from, to)));
        CompanyZone terms = await(CompanyZone.of(pool, company));
        SqlArgs countArgs = new SqlArgs();
        String count = SessionSql.countUpTo(filter, ExcelSheetWriter.MAX_ROWS + 1, countArgs);
        long rows = await(pool.preparedQuery(count).execute(countArgs.tuple())).iterator().next().getLong(0);
        if (rows > ExcelSheetWriter.MAX_ROWS) {
            throw new IllegalArgumentException("from: more than " + ExcelSheetWriter.MAX_ROWS
                    + " sessions match, more than an Excel sheet holds; narrow from/to");
        }
        SqlArgs args = new SqlArgs();
        String sql = SessionSql.all(filter, order, args);
        String fileName = "sessions-" + LocalDate.now(terms.zone()) + ".xlsx";
        return sheets.xlsx(request, fileName, "Sessions", SessionSheet.columns(terms.currency()), terms.zone(), sql,
                args.tuple(), new SessionSheet());
    }
}
