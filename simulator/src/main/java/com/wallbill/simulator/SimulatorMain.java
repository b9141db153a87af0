package com.wallbill.simulator;

import com.wallbill.simulator.run.Simulation;
import com.wallbill.simulator.run.SimulationOptions;
import com.wallbill.simulator.run.SimulationOptions.Mode;
import com.wallbill.simulator.run.Summary;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code wallbill-simulator} command line. Exit code 1 when any error happened (unless --allow-errors). */
@Command(name = "wallbill-simulator", mixinStandardHelpOptions = true, sortOptions = false,
        version = "wallbill-simulator 0.1.0",
        description = {"Simulates OCPP 1.6 / 2.0.1 home chargers against a central system.",
                "Default: realistic sessions. --load: open-loop benchmark. --storm: connection storm.",
                "Durations: 500ms, 60s, 5m, 2h, PT1M or plain seconds."})
public final class SimulatorMain implements Callable<Integer> {

    /** Held so that the level set on it is not lost when the logger is garbage-collected. */
    private static final Logger WEBSOCKET_LOGGER = Logger.getLogger("org.glassfish");

    @Option(names = "--url", defaultValue = "ws://localhost:8080/ocpp",
            description = "Central system endpoint; chargers connect to URL/<id> (default: ${DEFAULT-VALUE}).")
    URI url;

    @Option(names = "--count", defaultValue = "10", description = "Number of chargers (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--v201-ratio", defaultValue = "0.5",
            description = "Share of chargers speaking OCPP 2.0.1, 0..1 (default: ${DEFAULT-VALUE}).")
    double v201Ratio;

    @Option(names = "--password", description = "Basic-auth password for every charger (user = charger id).")
    String password;

    @Option(names = "--password-file",
            description = "File of 'id,password' lines; overrides --password for the ids it lists.")
    Path passwordFile;

    @Option(names = "--id-prefix", defaultValue = "SIM-", description = "Charger id prefix (default: ${DEFAULT-VALUE}).")
    String idPrefix;

    @Option(names = "--seed", defaultValue = "1", description = "Seed for the fleet and sessions (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--duration", defaultValue = "60s", converter = DurationConverter.class,
            description = "Run time; load: measured phase; storm: longest wait (default: ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(names = "--sessions-per-charger", defaultValue = "1",
            description = "Planned charging sessions per charger (default: ${DEFAULT-VALUE}).")
    int sessionsPerCharger;

    @Option(names = "--meter-interval", converter = DurationConverter.class,
            description = "Between meter values: simulated time (default 60s), or wall time with --load (default 5s).")
    Duration meterInterval;

    @Option(names = "--heartbeat-interval", converter = DurationConverter.class,
            description = "--load: Heartbeat period (default 10s); otherwise used until the boot answer sets one (300s).")
    Duration heartbeatInterval;

    @Option(names = "--status-interval", defaultValue = "60s", converter = DurationConverter.class,
            description = "--load: StatusNotification period (default: ${DEFAULT-VALUE}).")
    Duration statusInterval;

    @Option(names = "--speed", defaultValue = "1",
            description = "Time acceleration: 3600 makes a 3-hour session take 3 s (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--connect-rate", defaultValue = "0",
            description = "Handshakes started per second; 0 = no limit (default: ${DEFAULT-VALUE}).")
    double connectRate;

    @Option(names = "--max-pending-handshakes", defaultValue = "500",
            description = "Handshakes in flight at once (default: ${DEFAULT-VALUE}).")
    int maxPendingHandshakes;

    @Option(names = "--call-timeout", defaultValue = "30s", converter = DurationConverter.class,
            description = "How long a charger waits for an answer (default: ${DEFAULT-VALUE}).")
    Duration callTimeout;

    @Option(names = "--hold", defaultValue = "0s", converter = DurationConverter.class,
            description = "--storm: keep every connection open and idle this long once all are ready "
                    + "(default: ${DEFAULT-VALUE}).")
    Duration hold;

    @Option(names = "--warmup", defaultValue = "0",
            description = "Benchmarks: first run this many extra chargers through connect and boot (ids with "
                    + "prefix <id-prefix>W), unmeasured, so both JVMs have compiled the hot paths (default: "
                    + "${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--warmup-time", defaultValue = "0s", converter = DurationConverter.class,
            description = "--load: run the timetable this long before the measured phase (default: "
                    + "${DEFAULT-VALUE}).")
    Duration warmupTime;

    @Option(names = "--load", description = "Open-loop benchmark mode.")
    boolean load;

    @Option(names = "--storm", description = "Connection storm mode.")
    boolean storm;

    @Option(names = "--allow-errors", description = "Exit 0 even if errors happened.")
    boolean allowErrors;

    @Option(names = "--quiet", description = "No progress lines, only the summary.")
    boolean quiet;

    @Option(names = "--verbose", description = "Show the WebSocket library's warnings.")
    boolean verbose;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured picocli command, for tests. */
    static CommandLine commandLine() {
        return new CommandLine(new SimulatorMain());
    }

    @Override
    public Integer call() {
        if (load && storm) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--load and --storm exclude each other");
        }
        if (!verbose) {
            WEBSOCKET_LOGGER.setLevel(Level.SEVERE);
        }
        PrintStream out = System.out;
        SimulationOptions options;
        try {
            options = options(quiet ? null : out);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage(), e);
        }
        if (warmup > 0) {
            Simulation.run(options(null).toBuilder().mode(SimulationOptions.Mode.STORM).count(warmup)
                    .idPrefix(idPrefix + "W").hold(java.time.Duration.ZERO).build());
        }
        Summary summary = Simulation.run(options);
        out.print(summary.toText());
        out.println(summary.toJsonLine());
        return summary.hasErrors() && !allowErrors ? 1 : 0;
    }

    SimulationOptions options(PrintStream progress) {
        Mode mode = load ? Mode.LOAD : storm ? Mode.STORM : Mode.REALISTIC;
        Duration meter = meterInterval != null ? meterInterval : Duration.ofSeconds(load ? 5 : 60);
        Duration heartbeat = heartbeatInterval != null ? heartbeatInterval : Duration.ofSeconds(load ? 10 : 300);
        return SimulationOptions.builder(url)
                .mode(mode).count(count).v201Ratio(v201Ratio).password(password)
                .passwords(passwordFile == null ? Map.of() : readPasswords(passwordFile))
                .idPrefix(idPrefix).seed(seed).duration(duration).sessionsPerCharger(sessionsPerCharger)
                .meterInterval(meter).heartbeatInterval(heartbeat).statusInterval(statusInterval)
                .speed(speed).connectRate(connectRate).maxPendingHandshakes(maxPendingHandshakes)
                .callTimeout(callTimeout).hold(hold).loadWarmup(warmupTime).progress(progress)
                .build();
    }

    /** {@code id,password} per line; blank lines and lines starting with # are skipped. */
    static Map<String, String> readPasswords(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read password file " + file, e);
        }
        Map<String, String> passwords = new LinkedHashMap<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int comma = trimmed.indexOf(',');
            if (comma <= 0) {
                throw new IllegalArgumentException("password file line is not 'id,password': " + trimmed);
            }
            passwords.put(trimmed.substring(0, comma).strip(), trimmed.substring(comma + 1).strip());
        }
        return passwords;
    }

    /** Reads {@code 500ms}, {@code 60s}, {@code 5m}, {@code 2h}, ISO-8601 {@code PT1M} or plain seconds. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String text = value.strip().toLowerCase(java.util.Locale.ROOT);
            if (text.startsWith("pt") || text.startsWith("p")) {
                return Duration.parse(value.strip().toUpperCase(java.util.Locale.ROOT));
            }
            double scale;
            String number;
            if (text.endsWith("ms")) {
                scale = 1e6;
                number = text.substring(0, text.length() - 2);
            } else if (text.endsWith("s")) {
                scale = 1e9;
                number = text.substring(0, text.length() - 1);
            } else if (text.endsWith("m")) {
                scale = 60e9;
                number = text.substring(0, text.length() - 1);
            } else if (text.endsWith("h")) {
                scale = 3600e9;
                number = text.substring(0, text.length() - 1);
            } else {
                scale = 1e9;
                number = text;
            }
            return Duration.ofNanos(Math.round(Double.parseDouble(number.strip()) * scale));
        }
    }
}
