package org.symbiosis.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium driven by Selenium through the installed chromedriver. {@code .ci/run}
 * installs both (Debian packages {@code chromium} and {@code chromium-driver}); where either is
 * missing, tests that need them are skipped, except in CI (environment variable {@code CI} set),
 * where they fail. Selenium Manager is never asked to download anything: the browser and the
 * driver are given by path.
 */
final class Chromium {

    /**
     * Selenium warns that it has no DevTools (CDP) module for this Chromium; the tests do not use
     * DevTools, so its warnings are noise. Held here so the setting is not garbage-collected.
     */
    private static final Logger SELENIUM = Logger.getLogger("org.openqa.selenium");

    private Chromium() {
    }

    /** Skips the calling test where Chromium or chromedriver is missing, and fails it in CI. */
    static void requireOrSkip() {
        boolean available = browser().isPresent() && driver().isPresent();
        assumeTrue(available || System.getenv("CI") != null,
                "chromium and chromedriver (Debian packages chromium, chromium-driver) are not"
                        + " installed");
        assertTrue(available, "CI must install chromium and chromium-driver (see .ci/run)");
    }

    /** A headless browser with its console log kept (close it). */
    static ChromeDriver start(int width, int height) {
        SELENIUM.setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser().orElseThrow().toFile());
        // --no-sandbox: Chromium refuses to run as root with its sandbox (CI runs as root).
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--window-size=" + width + "," + height);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver().orElseThrow().toFile()).build();
        return new ChromeDriver(service, options);
    }

    private static Optional<Path> browser() {
        return onPath("chromium", "chromium-browser");
    }

    private static Optional<Path> driver() {
        return onPath("chromedriver");
    }

    private static Optional<Path> onPath(String... names) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : names) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
