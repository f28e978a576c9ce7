package org.teller.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.teller.server.audit.AuditLog;
import org.teller.server.audit.AuditVerifier;
import org.teller.server.auth.Users;

/**
 * A count night in headless Chromium (Debian's chromium and chromedriver, driven by Selenium): three areas,
 * each return entered by two people (one disagreement caught and reopened), the public results page open
 * from the start, following the count live to the declaration: the winner, the figures and the chart on it.
 * The returning officer's and count staff's pages are to come, so the entries are made through the API.
 * Screenshots are kept in {@code server/target/screenshots}. Skipped, saying so, where the browser is not
 * installed ({@code .ci/run} installs it).
 */
class ResultsPageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    Path folder;

    private Database database;
    private TellerServer server;
    private WebDriver browser;
    private Http http;

    @BeforeEach
    void start() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "[teller] skipped: the browser test needs"
                + " Debian's chromium and chromedriver (apt-get install chromium chromium-driver; .ci/run installs them)");
        Clock clock = Clock.systemUTC();
        database = Database.open(Database.embeddedUrl(folder), "", "");
        Bootstrap.ensureReturningOfficer(database, new Users(database.jdbi(), clock), new AuditLog(clock), ApiContract.RO_PASSWORD);
        server = TellerServer.start(database, "127.0.0.1", 0, clock);
        http = new Http(server.port());
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1200,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
            database.close();
        }
    }

    @Test
    void thePublicPageFollowsACountNightToTheDeclaration() throws Exception {
        String ro = http.signIn(Bootstrap.USERNAME, ApiContract.RO_PASSWORD);
        long election = http.post("/api/elections", ro, "{\"name\": \"Exampleton mayoral election\", \"pollingDay\": \"2026-05-07\"}")
                .json().path("id").asLong();
        long contest = http.post("/api/elections/" + election + "/contests", ro, "{\"name\": \"Mayor of Exampleton\", \"system\":"
                + " \"supplementary-vote\", \"candidates\": [{\"name\": \"Ann Archer\"}, {\"name\": \"Bo Baker\"}, {\"name\": \"Cy Cole\"},"
                + " {\"name\": \"Dee Dale\"}]}").json().path("contests").get(0).path("id").asLong();
        long[][] first = {{400, 350, 150, 100}, {420, 330, 160, 90}, {380, 370, 140, 110}};
        long[][] second = {{60, 50}, {70, 45}, {55, 60}};
        long[] areas = new long[3];
        String[][] staff = new String[3][2];
        for (int a = 0; a < 3; a++) {
            areas[a] = http.post("/api/contests/" + contest + "/areas", ro, "{\"name\": \"Ward " + (a + 1) + "\", \"kind\": \"ward\"}")
                    .json().path("id").asLong();
            for (int s = 0; s < 2; s++) {
                String name = "ward" + (a + 1) + "-teller" + (s + 1);
                http.post("/api/users", ro, "{\"username\": \"" + name + "\", \"password\": \"password-" + name + "\", \"role\":"
                        + " \"count-staff\", \"area\": " + areas[a] + "}");
                staff[a][s] = http.signIn(name, "password-" + name);
            }
        }

        browser.get("http://127.0.0.1:" + server.port() + "/results/" + contest);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mayor of Exampleton");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("No count area is in yet.");
        shoot("1-before-the-count");

        for (int a = 0; a < 3; a++) {
            long papers = 0;
            for (long votes : first[a]) {
                papers += votes;
            }
            http.post("/api/areas/" + areas[a] + "/account", staff[a][0], "{\"issued\": " + papers + "}");
            http.post("/api/areas/" + areas[a] + "/verification", staff[a][1], "{\"found\": " + papers + "}");
            String figures = "{\"votes\": {\"Ann Archer\": " + first[a][0] + ", \"Bo Baker\": " + first[a][1] + ", \"Cy Cole\": "
                    + first[a][2] + ", \"Dee Dale\": " + first[a][3] + "}}";
            assertThat(http.post("/api/areas/" + areas[a] + "/returns/1", staff[a][0], figures).status()).isEqualTo(202);
            if (a == 1) {
                // Ward 2's second teller types 330 as 303: caught, shown, and reopened by the returning officer.
                Http.Response caught = http.post("/api/areas/" + areas[a] + "/returns/1", staff[a][1], figures.replace("330", "303"));
                assertThat(caught.status()).isEqualTo(409);
                assertThat(caught.json().path("differences").get(0).asString()).isEqualTo("votes.Bo Baker: 330 and 303");
                http.post("/api/areas/" + areas[a] + "/returns/1/reopen", ro, "{\"reason\": \"Bo Baker's bundle counted again: 330\"}");
                http.post("/api/areas/" + areas[a] + "/returns/1", staff[a][1], figures);
            }
            assertThat(http.post("/api/areas/" + areas[a] + "/returns/1", staff[a][a == 1 ? 0 : 1], figures).status()).isEqualTo(201);
        }
        waitFor("3 of 3 count areas in");
        shoot("2-first-stage-provisional");

        assertThat(http.post("/api/contests/" + contest + "/declare/1", ro, "{}").status()).isEqualTo(201);
        waitFor("Ann Archer and Bo Baker go forward to the second stage.");
        shoot("3-first-stage-declared");

        for (int a = 0; a < 3; a++) {
            String figures = "{\"votes\": {\"Ann Archer\": " + second[a][0] + ", \"Bo Baker\": " + second[a][1] + "}}";
            http.post("/api/areas/" + areas[a] + "/returns/2", staff[a][0], figures);
            assertThat(http.post("/api/areas/" + areas[a] + "/returns/2", staff[a][1], figures).status()).isEqualTo(201);
        }
        assertThat(http.post("/api/contests/" + contest + "/declare/2", ro, "{}").status()).isEqualTo(201);
        waitFor("Ann Archer is elected.");
        String page = browser.findElement(By.tagName("main")).getText();
        // Ann 1,200 + 185 = 1,385; Bo 1,050 + 155 = 1,205.
        assertThat(page).contains("Final stage, declared").contains("1,385").contains("1,205").contains("53.47%").contains("46.53%");
        Object bars = ((JavascriptExecutor) browser).executeScript(
                "const chart = Chart.getChart('votes'); return chart ? chart.data.datasets[0].data.join(',') : null;");
        assertThat(bars).isEqualTo("1385,1205");
        // The flow of Cy Cole's and Dee Dale's 750 papers: 185 to Ann Archer, 155 to Bo Baker, 410 not transferable.
        assertThat(page).contains("Where the eliminated candidates' papers went").contains("Not transferable 410 54.67%");
        Object flows = ((JavascriptExecutor) browser).executeScript("return document.querySelectorAll('#flow path').length");
        assertThat(flows).isEqualTo(3L);
        assertThat(browser.findElement(By.id("flow")).getText()).contains("Papers of eliminated candidates (750)");
        shoot("4-declared");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('flow').scrollIntoView()");
        shoot("5-flow-of-transfers");
        assertThat(AuditVerifier.verify(database.jdbi()).intact()).isTrue();
    }

    /** Waits (the page reloads itself on the feed's events) until the page says {@code text}. */
    private void waitFor(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).withMessage(() -> "the page did not come to say: " + text + "\n"
                + browser.findElement(By.tagName("body")).getText())
                .until(page -> page.findElement(By.tagName("body")).getText().contains(text));
    }

    private void shoot(String name) throws Exception {
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
