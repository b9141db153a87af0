package com.wallbill.ocpp;

import com.wallbill.ocpp.rpc.OcppVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Raw frames under {@code src/test/resources/frames/<v16|v201>/<Action>.jsonl}, one frame per line, shaped like
 * what real chargers and CSMSs send. {@code errors.jsonl} holds CALLERRORs.
 */
public final class GoldenFrames {

    /** One line of a golden file. */
    public record Line(OcppVersion version, String file, int number, String text) {

        /** The action the file is about (its name), or "errors". */
        public String action() {
            return file.substring(0, file.length() - ".jsonl".length());
        }

        public int messageType() {
            return Character.digit(text.charAt(1), 10);
        }

        @Override
        public String toString() {
            return folder(version) + "/" + file + ":" + number;
        }
    }

    private GoldenFrames() {
    }

    public static List<Line> all() {
        List<Line> lines = new ArrayList<>(of(OcppVersion.V16));
        lines.addAll(of(OcppVersion.V201));
        return lines;
    }

    public static List<Line> of(OcppVersion version) {
        try (Stream<Path> files = Files.list(root().resolve(folder(version)))) {
            List<Line> lines = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                List<String> texts = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < texts.size(); i++) {
                    if (!texts.get(i).isBlank()) {
                        lines.add(new Line(version, file.getFileName().toString(), i + 1, texts.get(i)));
                    }
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String folder(OcppVersion version) {
        return version == OcppVersion.V16 ? "v16" : "v201";
    }

    private static Path root() {
        try {
            return Path.of(GoldenFrames.class.getResource("/frames").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
