package com.wallbill.web;

import com.wallbill.central.ScratchDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Where one test's Chromium saves the files the panel downloads: a fresh directory, set through the DevTools
 * protocol on that browser only, so {@link Browser} stays as it is for every other test.
 */
final class Downloads implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ScratchDirectory scratch;
    private final Path dir;

    private Downloads(ScratchDirectory scratch) {
        this.scratch = scratch;
        this.dir = scratch.path();
    }

    static Downloads of(Browser browser) {
        Downloads downloads = new Downloads(ScratchDirectory.create("wallbill-downloads-"));
        ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.dir.toAbsolutePath().toString()));
        return downloads;
    }

    /** The finished file whose name starts with {@code prefix} and ends with {@code suffix}, once it is there. */
    Path await(String prefix, String suffix) {
        Instant end = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(end)) {
            Optional<Path> found = find(prefix, suffix);
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no download " + prefix + "*" + suffix + " in " + dir + " after " + WAIT);
    }

    /** Chromium writes {@code name.crdownload} and renames it when complete: only complete files count. */
    private Optional<Path> find(String prefix, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return name.startsWith(prefix) && name.endsWith(suffix);
            }).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        scratch.close();
    }
}
