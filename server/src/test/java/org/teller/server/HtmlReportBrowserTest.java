package org.teller.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.teller.core.contest.Declaration;
import org.teller.core.lot.SeededLotDrawer;
import org.teller.formats.contest.ContestCounter;
import org.teller.formats.report.ReportFormat;

/**
 * {@code teller count --format html} opened from a file in headless Chromium, with no network: the figures
 * on the page are the count's, the charts are drawn, the areas' table sorts, and the page prints. Screenshots
 * go to {@code server/target/screenshots}. Skipped, saying so, where the browser is not installed.
 */
class HtmlReportBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    Path folder;

    private WebDriver browser;

    @BeforeEach
    void start() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "[teller] skipped: the browser test needs"
                + " Debian's chromium and chromedriver (apt-get install chromium chromium-driver; .ci/run installs them)");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1100,1400",
                        // The page must need nothing from the network: any request would fail.
                        "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void open(String example) throws Exception {
        Declaration declaration = ContestCounter.count(Path.of("..", "examples", example), example,
                contest -> new SeededLotDrawer(0).answeringAsks());
        Path page = folder.resolve(example + ".html");
        Files.writeString(page, ReportFormat.HTML.render(declaration));
        browser.get(page.toUri().toString());
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void towerHamlets2015ShowsTheSeedsFiguresAndItsFlow() throws Exception {
        open("tower-hamlets-2015");
        assertThat(browser.getTitle()).isEqualTo("Mayor of Tower Hamlets: the result");
        assertThat(browser.findElement(By.cssSelector(".glance .winner")).getText())
                .isEqualTo("John Biggs (Labour) is elected at the second stage.");
        String glance = browser.findElement(By.cssSelector(".glance")).getText();
        assertThat(glance).contains("6,370 votes over Rabina Khan at the second stage", "Labour gain from Lutfur Rahman (Independent)",
                "9.08 points from Conservative to Labour", "37.73% (as stated)");
        // The second stage: 27,255 + 5,499 = 32,754 for Biggs, 25,763 + 621 = 26,384 for Khan.
        List<String> second = rows("round-2");
        assertThat(second.get(0)).contains("John Biggs", "27,255", "+5,499", "32,754", "55.39%");
        assertThat(second.get(1)).contains("Rabina Khan", "25,763", "+621", "26,384", "44.61%");
        List<String> first = rows("round-1");
        assertThat(first.get(0)).contains("John Biggs", "27,255", "40.00%", "+14.98");
        assertThat(first.get(2)).contains("Peter Golds", "5,940", "8.72%", "-3.17");
        // The flow diagram: the papers of the eight eliminated together, to each finalist and to no one.
        WebElement sankey = browser.findElement(By.cssSelector("svg.sankey"));
        assertThat(sankey.getSize().getHeight()).isGreaterThan(200);
        List<String> bands = browser.findElements(By.cssSelector("svg.sankey path title")).stream()
                .map(title -> title.getAttribute("textContent")).toList();
        assertThat(bands).anyMatch(band -> band.endsWith("to John Biggs: 5,499")).anyMatch(band -> band.endsWith("exhausted: 9,000"));
        assertThat(browser.findElements(By.cssSelector("svg.chart rect"))).hasSize(12);
        assertThat(browser.findElement(By.id("inputs")).findElement(By.xpath("..")).getText()).contains("returns.csv");
        screenshot("report-tower-hamlets-2015");
    }

    @Test
    void theAreasTableSortsByAnyColumn() throws Exception {
        open("exampleton-ballots");
        WebElement table = browser.findElement(By.cssSelector("table.sortable"));
        List<String> before = areaNames(table);
        assertThat(before).containsExactly("North", "South");
        // By rejected papers: South's 3 before North's 4, then the other way round.
        WebElement rejected = table.findElements(By.cssSelector("thead th button")).get(2);
        assertThat(rejected.getText()).isEqualTo("Rejected");
        rejected.click();
        assertThat(table.findElements(By.cssSelector("thead th")).get(2).getAttribute("aria-sort")).isEqualTo("ascending");
        assertThat(areaNames(table)).containsExactly("South", "North");
        rejected.click();
        assertThat(areaNames(table)).containsExactly("North", "South");
        // By name again.
        table.findElements(By.cssSelector("thead th button")).get(0).click();
        assertThat(areaNames(table)).containsExactly("North", "South");
        screenshot("report-exampleton-ballots");
    }

    @Test
    void aComparisonShowsEachSystemsWinnerSideBySide() throws Exception {
        org.teller.formats.contest.ContestComparison.Compared compared = org.teller.formats.contest.ContestComparison.compare(
                Path.of("..", "examples", "exampleton-av"), "exampleton-av", contest -> new SeededLotDrawer(0).answeringAsks(),
                org.teller.formats.votes.Progress.NONE);
        java.io.StringWriter html = new java.io.StringWriter();
        org.teller.formats.report.ComparisonReport.write(ReportFormat.HTML, compared.declarations(), compared.leftOut(), html);
        Path page = folder.resolve("compare.html");
        Files.writeString(page, html.toString());
        browser.get(page.toUri().toString());
        List<String> systems = rows("systems");
        // First past the post and SV elect Alice Ashdown; the contingent vote and the alternative vote, Carys Cole.
        assertThat(systems).containsExactly("First past the post Alice Ashdown 1 33.33%", "Supplementary Vote Alice Ashdown 2 51.35%",
                "Contingent vote (4 preferences) Carys Cole 2 53.66%", "Alternative vote (5 ranks) Carys Cole 4 53.66%");
        assertThat(browser.findElements(By.cssSelector("svg.chart"))).hasSize(4);
        assertThat(browser.findElement(By.id("systems")).findElement(By.xpath("..")).getText())
                .contains("First past the post and the alternative vote part at round 4");
        screenshot("compare-exampleton-av");
    }

    private static List<String> areaNames(WebElement table) {
        return table.findElements(By.cssSelector("tbody th")).stream().map(WebElement::getText).toList();
    }

    private List<String> rows(String heading) {
        WebElement section = browser.findElement(By.id(heading)).findElement(By.xpath(".."));
        return section.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText).toList();
    }
}
