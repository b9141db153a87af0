package com.wallbill.simulator.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wallbill.simulator.stats.ErrorKind;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of a run. {@link #toText()} is for people, {@link #toJsonLine()} for benchmark scripts (one line,
 * prefixed {@code SUMMARY-JSON }).
 *
 * @param ready            load and storm: chargers that finished setup (booted, reported status); realistic:
 *                         chargers whose BootNotification was accepted
 * @param stormMillis      storm: milliseconds from the first connect until the last StatusNotification was
 *                         accepted; -1 when not every charger got there (or not a storm run)
 * @param achievedPerSecond answers per second over the measured phase
 */
public record Summary(
        SimulationOptions.Mode mode,
        int chargers,
        long connected,
        long ready,
        long sessionsStarted,
        long sessionsCompleted,
        long sessionsRejected,
        long energyWh,
        long messagesSent,
        long messagesReceived,
        long answered,
        Map<ErrorKind, Long> errors,
        List<String> errorSamples,
        Latency latency,
        Duration measuredTime,
        double achievedPerSecond,
        long stormMillis,
        List<IntervalReport> perSecond) {

    public static final String JSON_PREFIX = "SUMMARY-JSON ";

    public Summary {
        errors = errors.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(errors));
        errorSamples = List.copyOf(errorSamples);
        perSecond = List.copyOf(perSecond);
    }

    public long callErrors() {
        return errors.getOrDefault(ErrorKind.CALL_ERROR, 0L);
    }

    /** Every error that is not a CALLERROR: timeouts, refused handshakes, drops, invalid answers. */
    public long otherErrors() {
        return errors.values().stream().mapToLong(Long::longValue).sum() - callErrors();
    }

    public boolean hasErrors() {
        return callErrors() + otherErrors() > 0;
    }

    public String toText() {
        StringBuilder text = new StringBuilder();
        line(text, "mode", mode.name().toLowerCase(Locale.ROOT));
        line(text, "chargers connected", connected + " / " + chargers + " (ready: " + ready + ")");
        if (mode == SimulationOptions.Mode.REALISTIC) {
            line(text, "sessions", "started " + sessionsStarted + ", completed " + sessionsCompleted
                    + ", rejected " + sessionsRejected);
            line(text, "energy delivered", energyWh + " Wh");
        }
        if (mode == SimulationOptions.Mode.STORM) {
            line(text, "storm time", stormMillis < 0 ? "not every charger got ready" : stormMillis + " ms");
        }
        line(text, "messages", "sent " + messagesSent + ", received " + messagesReceived + ", answered " + answered);
        line(text, "throughput", String.format(Locale.ROOT, "%.1f answers/s over %.1f s", achievedPerSecond,
                measuredTime.toMillis() / 1000.0));
        line(text, "errors", "CALLERROR " + callErrors() + ", other " + otherErrors() + " " + nonZero(errors));
        line(text, "latency (µs)", String.format(Locale.ROOT,
                "p50 %d  p90 %d  p99 %d  p99.9 %d  max %d  (n=%d)", latency.p50(), latency.p90(), latency.p99(),
                latency.p999(), latency.max(), latency.count()));
        if (!errorSamples.isEmpty()) {
            text.append("first errors:\n");
            errorSamples.forEach(sample -> text.append("  ").append(sample).append('\n'));
        }
        return text.toString();
    }

    public String toJsonLine() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = mapper.createObjectNode()
                .put("mode", mode.name().toLowerCase(Locale.ROOT))
                .put("chargers", chargers).put("connected", connected).put("ready", ready)
                .put("sessionsStarted", sessionsStarted).put("sessionsCompleted", sessionsCompleted)
                .put("sessionsRejected", sessionsRejected).put("energyWh", energyWh)
                .put("messagesSent", messagesSent).put("messagesReceived", messagesReceived)
                .put("answered", answered).put("callErrors", callErrors()).put("otherErrors", otherErrors())
                .put("measuredSeconds", measuredTime.toMillis() / 1000.0)
                .put("achievedPerSecond", Math.round(achievedPerSecond * 10) / 10.0)
                .put("stormMillis", stormMillis);
        ObjectNode errorCounts = json.putObject("errors");
        errors.forEach((kind, count) -> errorCounts.put(kind.name().toLowerCase(Locale.ROOT), count));
        json.putObject("latencyMicros")
                .put("p50", latency.p50()).put("p90", latency.p90()).put("p99", latency.p99())
                .put("p999", latency.p999()).put("max", latency.max()).put("count", latency.count());
        if (!perSecond.isEmpty()) {
            var seconds = json.putArray("perSecond");
            perSecond.forEach(report -> seconds.addObject().put("second", report.second())
                    .put("answered", report.answered()).put("errors", report.errors()).put("p50", report.p50())
                    .put("p99", report.p99()).put("p999", report.p999()).put("max", report.max()));
        }
        try {
            return JSON_PREFIX + mapper.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nonZero(Map<ErrorKind, Long> errors) {
        StringBuilder parts = new StringBuilder();
        errors.forEach((kind, count) -> {
            if (count > 0) {
                parts.append(parts.length() == 0 ? "(" : ", ").append(kind.name().toLowerCase(Locale.ROOT))
                        .append(' ').append(count);
            }
        });
        return parts.length() == 0 ? "" : parts.append(')').toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format(Locale.ROOT, "%-20s %s%n", label + ":", value));
    }
}
