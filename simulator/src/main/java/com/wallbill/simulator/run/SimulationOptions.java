package com.wallbill.simulator.run;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a run needs. Build with {@link #builder(URI)}; every setting has the CLI's default.
 *
 * <pre>{@code
 * Summary summary = Simulation.run(SimulationOptions.builder(URI.create("ws://127.0.0.1:8081/ocpp"))
 *         .count(20).v201Ratio(0.5).password("secret").speed(3600).duration(Duration.ofSeconds(10)).build());
 * }</pre>
 */
public final class SimulationOptions {

    /** What the run does. */
    public enum Mode {
        /** Chargers with home-charging sessions, heartbeats and command handling. */
        REALISTIC,
        /** Open-loop benchmark: a fixed timetable of Heartbeat, meter values and StatusNotification. */
        LOAD,
        /** Connect everyone at once (within the handshake limits); time until all reported their status. */
        STORM
    }

    private final Builder b;

    private SimulationOptions(Builder builder) {
        this.b = builder.copy();
    }

    public static Builder builder(URI endpoint) {
        return new Builder(endpoint);
    }

    public Mode mode() { return b.mode; }
    public URI endpoint() { return b.endpoint; }
    public int count() { return b.count; }
    public double v201Ratio() { return b.v201Ratio; }
    /** Password for chargers not in {@link #passwords()}; null means no credentials. */
    public String password() { return b.password; }
    /** Per-charger passwords (e.g. from a password file); take precedence over {@link #password()}. */
    public Map<String, String> passwords() { return b.passwords; }
    public String idPrefix() { return b.idPrefix; }
    public long seed() { return b.seed; }
    /** Wall-clock run time (load: the measured phase; storm: the longest wait). */
    public Duration duration() { return b.duration; }
    public int sessionsPerCharger() { return b.sessionsPerCharger; }
    /** Simulated time between meter values (realistic), wall time (load). */
    public Duration meterInterval() { return b.meterInterval; }
    /** Load mode: Heartbeat period; realistic: used until the BootNotification answer gives one. */
    public Duration heartbeatInterval() { return b.heartbeatInterval; }
    /** Load mode: StatusNotification period. */
    public Duration statusInterval() { return b.statusInterval; }
    public double speed() { return b.speed; }
    /** Handshakes started per second; 0 means as fast as the pending limit allows. */
    public double connectRate() { return b.connectRate; }
    public int maxPendingHandshakes() { return b.maxPendingHandshakes; }
    public Duration callTimeout() { return b.callTimeout; }
    /** Load mode: traffic sent before the measured phase starts, so the measurement sees warm JVMs. */
    public Duration loadWarmup() { return b.loadWarmup; }
    /** Storm mode: how long every connection stays open, idle, once all chargers are ready (heap measurements). */
    public Duration hold() { return b.hold; }
    /** Where progress lines go (per second in load mode, every 5 s otherwise); null for none. */
    public PrintStream progress() { return b.progress; }

    /** The password a charger uses, or null. */
    public String passwordFor(String chargerId) {
        return b.passwords.getOrDefault(chargerId, b.password);
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        return b.copy();
    }

    /** Mutable builder; {@link #build()} takes a snapshot. */
    public static final class Builder {
        private Mode mode = Mode.REALISTIC;
        private URI endpoint;
        private int count = 10;
        private double v201Ratio = 0.5;
        private String password;
        private Map<String, String> passwords = Map.of();
        private String idPrefix = "SIM-";
        private long seed = 1;
        private Duration duration = Duration.ofSeconds(60);
        private int sessionsPerCharger = 1;
        private Duration meterInterval = Duration.ofSeconds(60);
        private Duration heartbeatInterval = Duration.ofSeconds(300);
        private Duration statusInterval = Duration.ofSeconds(60);
        private double speed = 1;
        private double connectRate;
        private int maxPendingHandshakes = 500;
        private Duration callTimeout = Duration.ofSeconds(30);
        private Duration hold = Duration.ZERO;
        private Duration loadWarmup = Duration.ZERO;
        private PrintStream progress;

        private Builder(URI endpoint) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        }

        public Builder mode(Mode value) { mode = Objects.requireNonNull(value); return this; }
        public Builder endpoint(URI value) { endpoint = Objects.requireNonNull(value); return this; }
        public Builder count(int value) { count = positive(value, "count"); return this; }
        public Builder v201Ratio(double value) {
            if (value < 0 || value > 1) {
                throw new IllegalArgumentException("v201 ratio must be within 0..1");
            }
            v201Ratio = value;
            return this;
        }
        public Builder password(String value) { password = value; return this; }
        public Builder passwords(Map<String, String> value) { passwords = Map.copyOf(value); return this; }
        public Builder idPrefix(String value) { idPrefix = Objects.requireNonNull(value); return this; }
        public Builder seed(long value) { seed = value; return this; }
        public Builder duration(Duration value) { duration = positive(value, "duration"); return this; }
        public Builder sessionsPerCharger(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("sessions per charger must not be negative");
            }
            sessionsPerCharger = value;
            return this;
        }
        public Builder meterInterval(Duration value) { meterInterval = positive(value, "meter interval"); return this; }
        public Builder heartbeatInterval(Duration value) {
            heartbeatInterval = positive(value, "heartbeat interval");
            return this;
        }
        public Builder statusInterval(Duration value) { statusInterval = positive(value, "status interval"); return this; }
        public Builder speed(double value) {
            if (!(value > 0)) {
                throw new IllegalArgumentException("speed must be positive");
            }
            speed = value;
            return this;
        }
        public Builder connectRate(double value) { connectRate = Math.max(0, value); return this; }
        public Builder maxPendingHandshakes(int value) {
            maxPendingHandshakes = positive(value, "max pending handshakes");
            return this;
        }
        public Builder callTimeout(Duration value) { callTimeout = positive(value, "call timeout"); return this; }
        public Builder progress(PrintStream value) { progress = value; return this; }
        public Builder loadWarmup(Duration value) {
            if (value.isNegative()) {
                throw new IllegalArgumentException("warm-up time must not be negative");
            }
            loadWarmup = value;
            return this;
        }
        public Builder hold(Duration value) {
            if (value.isNegative()) {
                throw new IllegalArgumentException("hold must not be negative");
            }
            hold = value;
            return this;
        }

        public SimulationOptions build() {
            return new SimulationOptions(this);
        }

        private Builder copy() {
            Builder copy = new Builder(endpoint);
            copy.mode = mode;
            copy.count = count;
            copy.v201Ratio = v201Ratio;
            copy.password = password;
            copy.passwords = passwords;
            copy.idPrefix = idPrefix;
            copy.seed = seed;
            copy.duration = duration;
            copy.sessionsPerCharger = sessionsPerCharger;
            copy.meterInterval = meterInterval;
            copy.heartbeatInterval = heartbeatInterval;
            copy.statusInterval = statusInterval;
            copy.speed = speed;
            copy.connectRate = connectRate;
            copy.maxPendingHandshakes = maxPendingHandshakes;
            copy.callTimeout = callTimeout;
            copy.hold = hold;
            copy.loadWarmup = loadWarmup;
            copy.progress = progress;
            return copy;
        }

        private static int positive(int value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1");
            }
            return value;
        }

        private static Duration positive(Duration value, String name) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return value;
        }
    }
}
