package com.wallbill.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallbill.simulator.fake.FakeCentralSystem;
import com.wallbill.simulator.run.SimulationOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorMainTest {

    @Test
    void durationsReadWithUnitsIsoOrPlainSeconds() {
        SimulatorMain.DurationConverter converter = new SimulatorMain.DurationConverter();
        assertThat(converter.convert("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(converter.convert("60s")).isEqualTo(Duration.ofSeconds(60));
        assertThat(converter.convert("1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(converter.convert("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(converter.convert("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(converter.convert("PT1M")).isEqualTo(Duration.ofMinutes(1));
        assertThat(converter.convert("90")).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void loadModeDefaultsToShortIntervalsAndTheFileOverridesTheCommonPassword(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("passwords.csv");
        Files.writeString(file, "# id,password\nSIM-01, special\n\nSIM-02,other\n");
        SimulatorMain main = new SimulatorMain();
        new picocli.CommandLine(main).parseArgs("--load", "--count", "12", "--password", "common",
                "--password-file", file.toString(), "--url", "ws://127.0.0.1:9/ocpp");
        SimulationOptions options = main.options(null);
        assertThat(options.mode()).isEqualTo(SimulationOptions.Mode.LOAD);
        assertThat(options.meterInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.heartbeatInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.passwordFor("SIM-01")).isEqualTo("special");
        assertThat(options.passwordFor("SIM-03")).isEqualTo("common");
        assertThat(SimulatorMain.readPasswords(file)).isEqualTo(Map.of("SIM-01", "special", "SIM-02", "other"));
    }

    @Test
    void cleanRunExitsZeroAndEndsWithTheJsonSummaryLine() throws Exception {
        try (FakeCentralSystem csms = FakeCentralSystem.start()) {
            Result result = run("--url", csms.endpoint().toString(), "--count", "2", "--speed", "3600",
                    "--duration", "2s", "--meter-interval", "10m", "--quiet");
            assertThat(result.exitCode).isZero();
            assertThat(result.output).contains("chargers connected:  2 / 2");
            String lastLine = result.output.strip().lines().reduce((a, b) -> b).orElseThrow();
            assertThat(lastLine).startsWith("SUMMARY-JSON {\"mode\":\"realistic\"");
        }
    }

    @Test
    void unreachableServerIsAnErrorUnlessErrorsAreAllowed() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "ws://127.0.0.1:" + closedPort + "/ocpp";
        assertThat(run("--url", url, "--count", "1", "--duration", "500ms", "--quiet").exitCode).isEqualTo(1);
        assertThat(run("--url", url, "--count", "1", "--duration", "500ms", "--quiet", "--allow-errors").exitCode)
                .isZero();
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int code = SimulatorMain.commandLine().execute(args);
            return new Result(code, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }
}
