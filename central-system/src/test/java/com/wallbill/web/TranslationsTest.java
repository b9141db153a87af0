package com.wallbill.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every dictionary of the web panel ({@code js/i18n/*.js}) has the same keys in English and Spanish, checked in the
 * browser that loads them: a text missing in one language would otherwise only show up as a bare key on screen.
 */
@QuarkusTest
class TranslationsTest {

    /** The panel's sources; tests run in central-system, next to admin-api. */
    private static final Path DICTIONARIES = Path.of("..", "admin-api", "src", "main", "resources", "META-INF",
            "resources", "js", "i18n");

    @TestHTTPResource("/")
    URI app;

    @Test
    void everyDictionaryHasTheSameKeysInEnglishAndSpanish() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(DICTIONARIES)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".js")).sorted().toList();
        }
        assertThat(files).contains("common.js");
        try (Browser browser = Browser.desktop(app)) {
            browser.go("#/login");
            browser.heading("Log in");
            Object result = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    Promise.all(arguments[0].map(f => import('/js/i18n/' + f).then(m => {
                      const en = Object.keys(m.default.en || {}), es = Object.keys(m.default.es || {});
                      return [f, en.filter(k => !es.includes(k)).concat(es.filter(k => !en.includes(k)), en.length ? [] : ['(no keys)'])];
                    }))).then(r => done(Object.fromEntries(r.filter(([, missing]) => missing.length))), e => done(String(e)));
                    """, files);
            assertThat(result).as("keys in one language only, per dictionary").isEqualTo(Map.of());
        }
    }
}
