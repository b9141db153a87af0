package com.wallbill.web;

import static org.junit.jupiter.api.Assertions.fail;

import com.wallbill.central.ScratchDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) on the app under test, for the web
 * panel's tests. When either is missing the test is skipped with a loud warning, unless {@code CI=true}: there it
 * fails, so a CI image without the browser cannot pass by testing nothing. The driver is named explicitly, so
 * Selenium Manager never downloads anything.
 *
 * <pre>
 * try (Browser browser = Browser.desktop(app)) {
 *     browser.go("#/login");
 *     browser.type("email", "ana@example.com");
 * }
 * </pre>
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Paths.get(System.getProperty("wallbill.test.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Paths.get(System.getProperty("wallbill.test.chromedriver",
            "/usr/bin/chromedriver"));
    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ChromeDriver driver;
    private final URI app;
    private final WebDriverWait wait;
    private final ScratchDirectory profile;

    private Browser(URI app, int width, int height) {
        requireChromium();
        this.app = app;
        this.profile = ScratchDirectory.create("wallbill-chromium-");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.path(), "--window-size=" + width + "," + height,
                "--lang=en-GB");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, WAIT);
        resize(width, height);
    }

    /** A 1280x900 window. */
    public static Browser desktop(URI app) {
        return new Browser(app, 1280, 900);
    }

    /** A 360x740 window: the phone width the panel must stay readable at. */
    public static Browser phone(URI app) {
        return new Browser(app, 360, 740);
    }

    private static void requireChromium() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String message = "Chromium browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian: apt-get install chromium chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + "; CI=true, so their absence is a failure");
        }
        System.err.println("""

                ************************************************************************
                * WARNING: BROWSER TESTS SKIPPED
                * %s
                ************************************************************************
                """.formatted(message));
        Assumptions.assumeTrue(false, message);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a route of the panel, e.g. {@code "#/login"}. */
    public void go(String hash) {
        driver.get(app.resolve("/").toString() + hash);
    }

    /** Opens a web panel link from a mail ({@code http://public-url/#/verify?token=...}) on the app under test. */
    public void openMailedLink(URI link) {
        driver.get(app.resolve("/").toString() + "#" + link.getRawFragment());
    }

    /** Reloads the page, as a user pressing F5 would. */
    public void reload() {
        driver.navigate().refresh();
    }

    /** Whether the page is wider than the window (sideways scrolling: unreadable on a phone). */
    public boolean overflowsSideways() {
        return (Boolean) script("return document.documentElement.scrollWidth > window.innerWidth");
    }

    /**
     * Sets the page's viewport, e.g. to take a phone screenshot in the middle of a flow. Emulated through the
     * DevTools protocol: a headless window is never narrower than 500 px, and below 600 px the page is treated as a
     * phone's (touch, the viewport meta tag honoured).
     */
    public void resize(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until nothing on the page matches {@code by}. */
    public void gone(By by) {
        wait.until(d -> d.findElements(by).isEmpty());
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** The visible input (or select) of the current page named {@code name}. */
    public WebElement input(String name) {
        return find(By.cssSelector("#view [name='" + name + "']"));
    }

    /** Replaces an input's text. */
    public void type(String name, String text) {
        WebElement input = input(name);
        input.clear();
        input.sendKeys(text);
    }

    /** Chooses an option of a select by its value. */
    public void choose(String name, String value) {
        new org.openqa.selenium.support.ui.Select(input(name)).selectByValue(value);
    }

    /** Clicks the visible button or link whose text is exactly {@code text}. */
    public void click(String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[self::button or self::a][normalize-space()="
                + xpathLiteral(text) + "]"))).click();
    }

    /** Waits for the page's heading to read {@code text} and returns it. */
    public WebElement heading(String text) {
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#view h1"), text));
        return driver.findElement(By.cssSelector("#view h1"));
    }

    /** The error shown next to the input named {@code name}, once there is one. */
    public String fieldError(String name) {
        WebElement input = input(name);
        By error = By.id(input.getAttribute("id") + "-error");
        wait.until(d -> !d.findElement(error).getText().isBlank());
        return driver.findElement(error).getText();
    }

    /** The text of the first alert (error banner) on the page, once there is one. */
    public String alert() {
        return find(By.cssSelector("#view [role='alert']")).getText();
    }

    /** Waits until the page contains {@code text}. */
    public void waitForText(String text) {
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Saves the window as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Closes Chromium. The page's console warnings and errors are printed first, as they explain most failures; a
     * text missing from a dictionary ({@code i18n: no es text for ...}) or an uncaught script error fails the test,
     * whatever it was checking.
     */
    @Override
    public void close() {
        List<String> faults = new java.util.ArrayList<>();
        try {
            for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                    System.err.println("[chromium console] " + entry.getLevel() + " " + entry.getMessage());
                    if (entry.getMessage().contains("i18n: no ") || entry.getMessage().contains("Uncaught")) {
                        faults.add(entry.getMessage());
                    }
                }
            }
        } catch (RuntimeException e) {
            System.err.println("[chromium console] not readable: " + e);
        } finally {
            driver.quit();
            profile.close();
        }
        if (!faults.isEmpty()) {
            fail("The page reported " + faults);
        }
    }

    private static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
