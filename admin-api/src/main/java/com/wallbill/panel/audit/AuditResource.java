package com.wallbill.panel.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wallbill.billing.app.AuditLog;
import com.wallbill.panel.Page;
import com.wallbill.panel.PanelPaths;
import com.wallbill.panel.auth.CurrentCaller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.concurrent.CompletionStage;

/** The company's audit log, for its admins: entries newest first, and a check of the whole hash chain. */
@Path(PanelPaths.ROOT + "/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Who made the change: a panel user, or {@code operator} / {@code system} without a user id. */
    public record Actor(Long userId, String email) {
    }

    /** One entry; {@code hash} chains it to the entry before ({@code prevHash}), both hex. */
    public record Entry(long id, long seq, OffsetDateTime at, Actor actor, String action, String entity,
            String entityId, JsonNode before, JsonNode after, String prevHash, String hash) {
    }

    /** The chain's state: {@code intact}, or the first entry where it breaks and why. */
    public record Verification(boolean intact, long entriesChecked, Long headSeq, String headHash,
            Broken firstBroken) {
    }

    public record Broken(long id, long seq, String reason) {
    }

    private final AuditLog log;
    private final CurrentCaller current;

    AuditResource(AuditLog log, CurrentCaller current) {
        this.log = log;
        this.current = current;
    }

    @GET
    public CompletionStage<Page<Entry>> list(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        long company = current.get().company();
        int from = Page.offset(offset);
        int size = Page.limit(limit);
        return log.newestFirst(company, size + 1, from)
                .map(entries -> Page.of(entries.stream().map(AuditResource::entry).toList(), from, size))
                .toCompletionStage();
    }

    @GET
    @Path("verify")
    public CompletionStage<Verification> verify() {
        long company = current.get().company();
        return log.verify(company).map(v -> new Verification(v.intact(), v.entriesChecked(), v.headSeq(),
                v.headHash(), v.firstBroken() == null ? null
                        : new Broken(v.firstBroken().id(), v.firstBroken().seq(), v.firstBroken().reason())))
                .toCompletionStage();
    }

    private static Entry entry(AuditLog.Entry e) {
        return new Entry(e.id(), e.seq(), e.at(), new Actor(e.actorUserId(), e.actorEmail()), e.action(), e.entity(),
                e.entityId(), json(e.before()), json(e.after()), AuditLog.hex(e.prevHash()), AuditLog.hex(e.hash()));
    }

    private static JsonNode json(String text) {
        if (text == null) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit_log holds JSON that does not parse", e);
        }
    }
}
