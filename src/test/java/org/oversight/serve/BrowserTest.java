package org.oversight.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages as a journalist uses them, in Debian's headless Chromium driven by Selenium: one browser for the whole
 * class. Skipped, not failed, where chromium and chromium-driver are not installed; nothing is ever downloaded (the
 * driver is given by path, so Selenium Manager is not asked). Screenshots of each page go to target/screenshots.
 */
@EnabledIf(value = "browserInstalled", disabledReason = "chromium and chromium-driver are not installed")
class BrowserTest {
  static final Path DRIVER = Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver"));
  /** The browser itself, not Debian's /usr/bin/chromium wrapper script. */
  static final Path BROWSER = Path.of(System.getProperty("chromium", "/usr/lib/chromium/chromium"));
  static final Path SHOTS = Path.of("target/screenshots");
  static final String LEDGER = "/reports/keeping-count-crime-recording-in-policing";
  static final String COMPARE = LEDGER + "/compare";
  /** Selenium warns once that it has no CDP module for this newer Chromium; no CDP module is used. */
  static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  @TempDir static Path dir;
  static WebServer open;
  static WebServer locked;
  static ChromeDriver browser;
  static Path downloads;

  static boolean browserInstalled() {
    return Files.isExecutable(DRIVER) && Files.isExecutable(BROWSER);
  }

  @BeforeAll
  static void start() throws Exception {
    CDP_LOG.setLevel(Level.SEVERE);
    Path index = ServeFixture.build(dir);
    open = WebServer.start(new WebServer.Settings(index, "127.0.0.1", 0, null), config -> {
      // controls: the hostile text written raw, to show that the checks below can fail
      config.routes.get("/raw", ctx -> ctx.html("<p>" + ServeFixture.XSS_TEXT + ServeFixture.XSS_ATTR + "</p>"));
      config.routes.get("/raw-without-csp", ctx -> ctx.removeHeader("Content-Security-Policy")
          .html("<p>" + ServeFixture.XSS_TEXT + "</p>"));
    });
    locked = WebServer.start(new WebServer.Settings(index, "127.0.0.1", 0, ServerTest.TOKEN));
    Files.createDirectories(SHOTS);
    downloads = Files.createDirectories(Path.of("target/downloads")).toAbsolutePath();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--window-size=1280,900", "--no-first-run", "--disable-extensions", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-default-apps");
    options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
        "download.prompt_for_download", false));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) browser.quit();
    if (open != null) open.close();
    if (locked != null) locked.close();
  }

  static String url(WebServer server, String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  /** The whole page, through chromedriver's own CDP endpoint. */
  @SuppressWarnings("unchecked")
  static void screenshot(String name) throws Exception {
    Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
    Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
        "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", size.get("width"),
            "height", Math.min(2400, size.get("height").doubleValue()), "scale", 1)));
    Files.write(SHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
  }

  static String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  static void assertNoAlert() {
    assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
  }

  @Test
  void searchClickAFacetOpenAHitAndGoBack() throws Exception {
    browser.get(url(open, "/search?q=audit"));
    assertThat(text("total")).startsWith("27 matching passages, page 1 of 2");
    screenshot("search");

    browser.findElement(By.cssSelector("section[data-facet=force] a[data-value='Essex Police']")).click();
    waiting().until(ExpectedConditions.urlContains("force=Essex"));
    assertThat(text("total")).startsWith("24 matching passages");
    assertThat(browser.findElement(By.cssSelector("a.facet-value.selected")).getText()).isEqualTo("Essex Police");

    browser.findElement(By.cssSelector("a.hit-link")).click();
    waiting().until(ExpectedConditions.urlContains("/doc/"));
    WebElement hit = browser.findElement(By.cssSelector("section.passage.hit"));
    assertThat(hit.findElement(By.tagName("mark")).getText()).startsWithIgnoringCase("audit");
    assertThat(browser.findElement(By.tagName("body")).getAttribute("data-script")).as("app.js ran under the CSP")
        .isEqualTo("ran");
    browser.navigate().back();
    waiting().until(ExpectedConditions.urlContains("force=Essex"));
    assertThat(text("total")).startsWith("24 matching passages");
  }

  @Test
  void aDocumentShowsItsTagsAndTheOriginalOpensAtThePage() throws Exception {
    browser.get(url(open, "/search?q=%22audit%20how%20crimes%22&type=pcc_response"));
    browser.findElement(By.cssSelector("a.hit-link")).click();
    waiting().until(ExpectedConditions.urlContains("/doc/"));
    assertThat(browser.findElement(By.cssSelector("section.passage.hit")).getAttribute("id")).isEqualTo("p-2");
    assertThat(browser.findElements(By.cssSelector("tr.tag[data-tag=recommendations] .evidence a")))
        .extracting(e -> e.getText()).containsExactly("passage 2, page 2");
    screenshot("document");
    String original = browser.findElement(By.id("original")).getAttribute("href");
    assertThat(original).endsWith("/file#page=2");
    browser.get(original);
    waiting().until(d -> "application/pdf".equals(((JavascriptExecutor) d).executeScript(
        "return document.contentType")));
    Thread.sleep(1500); // the viewer is out of process: let it paint the page for the screenshot
    Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve("original-pdf-page-2.png"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void openAReportsLedgerAndFollowACitedCellToThePassage() throws Exception {
    browser.get(url(open, "/reports"));
    screenshot("reports");
    browser.findElement(By.linkText(ServeFixture.REPORT)).click();
    waiting().until(ExpectedConditions.urlToBe(url(open, LEDGER)));
    assertThat(browser.findElement(By.id("tab-ledger")).getAttribute("class")).isEqualTo("current");
    assertThat(text("deadline")).startsWith("2030-05-08");
    assertThat(browser.findElements(By.cssSelector("#bodies tr.body"))).extracting(r -> r.getAttribute("data-force"))
        .containsExactly("Essex Police", "Kent Police", "Sussex Police");
    assertThat(browser.findElement(By.cssSelector("#bodies tr.body[data-force='Sussex Police'] .timing")).getText())
        .isEqualTo("no response found in the corpus");
    assertThat(browser.findElement(By.cssSelector("#grid tr[data-number='2'] td[data-force='Essex Police']"))
        .getText()).isEqualTo("not found in the response");
    screenshot("ledger");

    WebElement cited = browser.findElement(By.cssSelector("#grid tr[data-number='2'] td[data-force='Kent Police']"));
    assertThat(cited.getText()).contains("score 1.00").contains("number");
    cited.findElement(By.cssSelector("a.cited")).click();
    waiting().until(ExpectedConditions.urlContains("/doc/"));
    assertThat(browser.getCurrentUrl()).endsWith("?p=4#p-4");
    WebElement passage = browser.findElement(By.cssSelector("section.passage.hit"));
    assertThat(passage.getAttribute("id")).isEqualTo("p-4");
    assertThat(passage.getText()).contains(ServeFixture.KENT_ON_SECOND);
    assertThat((Boolean) ((JavascriptExecutor) browser).executeScript("var r = arguments[0].getBoundingClientRect();"
        + " return r.top >= 0 && r.bottom <= window.innerHeight;", passage)).as("scrolled to the passage").isTrue();
    screenshot("ledger-cited-passage");
    browser.navigate().back();
    waiting().until(ExpectedConditions.urlToBe(url(open, LEDGER)));
    assertThat(browser.findElement(By.id("tab-compare")).getAttribute("href")).isEqualTo(url(open, COMPARE));

    browser.findElement(By.linkText("Overdue")).click();
    waiting().until(ExpectedConditions.urlContains("/overdue"));
    WebElement asOf = browser.findElement(By.id("as-of"));
    asOf.clear();
    asOf.sendKeys("2030-06-01");
    asOf.submit();
    waiting().until(ExpectedConditions.urlContains("as_of=2030-06-01"));
    assertThat(browser.findElements(By.cssSelector("tr.overdue-row"))).extracting(WebElement::getText)
        .containsExactly(ServeFixture.REPORT + " 2030-03-14 2030-05-08 Sussex Police Police and Crime Commissioner "
            + "for Sussex 24 named_forces");
    screenshot("overdue");
  }

  @Test
  void openAReportsCompareTableAndReadTwoResponsesSideBySide() throws Exception {
    browser.get(url(open, LEDGER));
    browser.findElement(By.id("tab-compare")).click();
    waiting().until(ExpectedConditions.urlContains(COMPARE));
    List<WebElement> rows = browser.findElements(By.cssSelector("#compare tbody.response"));
    assertThat(rows).extracting(r -> r.getAttribute("data-force")).containsExactly("Essex Police", "Kent Police");
    assertThat(rows.get(0).findElement(By.cssSelector(".timing")).getText()).isEqualTo("day 68 of 56, 12 days late");
    // the forces due to respond as the ledger counts them (the three the report inspected), not every force
    assertThat(text("missing")).contains("No response found in the corpus (1 force)").contains("Sussex Police")
        .doesNotContain("Surrey Police");
    assertThat(text("note")).startsWith("Absence from the corpus is not proof of non-compliance");
    screenshot("compare");

    for (WebElement box : browser.findElements(By.cssSelector("#read-form input[name=doc]"))) box.click();
    browser.findElement(By.id("read")).click();
    waiting().until(ExpectedConditions.urlContains("/read?doc="));
    assertThat(browser.findElements(By.cssSelector("article.reading"))).extracting(a -> a.getAttribute("data-force"))
        .containsExactly("Essex Police", "Kent Police");
    screenshot("read");
  }

  @Test
  void downloadTheCsvOfAViewAndLoadItBack() throws Exception {
    try (Stream<Path> old = Files.list(downloads)) {
      for (Path p : old.toList()) Files.delete(p);
    }
    browser.get(url(open, "/search?q=audit&force=Essex"));
    String total = text("total");
    browser.findElement(By.id("csv")).click();
    Path csv = downloads.resolve("search.csv");
    waiting().until(d -> Files.exists(csv));
    List<CSVRecord> rows;
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
    }
    assertThat(total).startsWith(rows.size() + " matching passages");
    assertThat(rows).hasSize(24).filteredOn(row -> !row.get("file").equals("keeping-count-report.txt")).hasSize(23)
        .allSatisfy(row -> assertThat(row.get("primary_force")).isEqualTo("Essex Police"));
  }

  @Test
  void theHostileDocumentRendersAsTextAndRunsNoScript() throws Exception {
    browser.get(url(open, "/search?q=hostile"));
    browser.findElement(By.cssSelector("a.hit-link")).click();
    waiting().until(ExpectedConditions.urlContains("/doc/"));
    assertThat(text("title")).isEqualTo(ServeFixture.HOSTILE_TITLE);
    assertThat(browser.findElements(By.tagName("img"))).isEmpty();
    assertThat(browser.findElements(By.tagName("script"))).hasSize(1); // the layout's own app.js
    assertNoAlert();
    screenshot("hostile-document");
  }

  @Test
  void theChecksAboveCanFail() {
    browser.get(url(open, "/raw"));
    assertThat(browser.findElements(By.cssSelector("img[src=x]"))).as("escaping would have stopped it").hasSize(1);
    assertNoAlert(); // the Content-Security-Policy stopped the inline script and the onerror handler
    browser.get(url(open, "/raw-without-csp"));
    waiting().until(ExpectedConditions.alertIsPresent()).accept();
  }

  @Test
  void aWrongTokenIsRefusedAndTheRightOneLetsIn() throws Exception {
    browser.manage().deleteAllCookies();
    browser.get(url(locked, "/search?q=audit"));
    assertThat(browser.getCurrentUrl()).contains("/login?next=");
    browser.findElement(By.id("token")).sendKeys("a-wrong-token-of-some-length");
    browser.findElement(By.cssSelector("#login button")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("login-error"))); // the refusal's page
    assertThat(text("login-error")).isEqualTo("Wrong token.");
    screenshot("sign-in-refused");
    browser.findElement(By.id("token")).sendKeys(ServerTest.TOKEN);
    browser.findElement(By.cssSelector("#login button")).click();
    waiting().until(ExpectedConditions.urlContains("/search?q=audit"));
    assertThat(text("total")).startsWith("27 matching passages");
    assertThat(((JavascriptExecutor) browser).executeScript("return document.cookie")).as("HttpOnly").isEqualTo("");
    browser.manage().deleteAllCookies();
  }

  @Test
  void peopleForcesAndATimeline() throws Exception {
    browser.get(url(open, "/people"));
    assertThat(browser.findElements(By.cssSelector("tr.person td:first-child"))).extracting(WebElement::getText)
        .contains("Margaret Ellison", "Thomas Reedman", "Sam " + ServeFixture.XSS_ATTR);
    screenshot("people");
    browser.get(url(open, "/forces"));
    browser.findElement(By.linkText("Essex Police")).click();
    waiting().until(ExpectedConditions.urlContains("/timeline?force="));
    assertThat(browser.findElements(By.cssSelector("tr.event"))).extracting(WebElement::getText)
        .anySatisfy(e -> assertThat(e).contains("day 68 of 56, 12 days late"));
    screenshot("timeline");
  }
}
