package dev.jixiao.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium ({@code /usr/bin/chromium}) driven through Debian's chromedriver
 * ({@code /usr/bin/chromedriver}), the pair {@code .ci/install-deps} installs: matched versions
 * from one package source, nothing downloaded at test time (Selenium Manager is never asked,
 * since the driver and the browser are both named). Absent, the tests are skipped.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  /** Where the screenshots go: the module's target/, as the build's other outputs. */
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final ChromeDriver driver;
  final Path downloads;

  private Browser(ChromeDriver driver, Path downloads) {
    this.driver = driver;
    this.downloads = downloads;
  }

  static void assumeInstalled() {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Debian's chromium and chromium-driver are not installed (apt-get install -y chromium chromium-driver; "
            + ".ci/install-deps does it)");
  }

  /** A new browser with a fresh profile and a download folder under {@code dir}. */
  static Browser start(Path dir) throws IOException {
    assumeInstalled();
    Path downloads = Files.createDirectories(dir.resolve("downloads"));
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    // the flags this machine needs: no sandbox as root, and no background calls to Google's hosts
    o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")), "--window-size=1400,1000",
        "--lang=zh-CN", "--force-device-scale-factor=1", "--hide-scrollbars");
    o.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
        "download.prompt_for_download", false, "safebrowsing.enabled", false));
    o.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    return new Browser(new ChromeDriver(service, o), downloads);
  }

  /**
   * A wait that outlasts re-rendering: the page replaces a view's elements when its hash changes,
   * so an element found by one poll may be gone before the same poll reads it; the next poll
   * finds its successor.
   */
  WebDriverWait waitUp(int seconds) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  Object js(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  /** Saves a PNG of the viewport under target/screenshots/. */
  Path screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path p = SCREENSHOTS.resolve(name + ".png");
    Files.write(p, driver.getScreenshotAs(OutputType.BYTES));
    return p;
  }

  /** The console's errors since the last call (a CSP violation shows here). */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage).toList();
  }

  /** Waits for a finished download of that name. */
  Path download(String name, Duration timeout) throws InterruptedException {
    Path f = downloads.resolve(name);
    long until = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < until) {
      if (Files.exists(f) && !Files.exists(downloads.resolve(name + ".crdownload"))) {
        return f;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no download " + name + " in " + downloads);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
