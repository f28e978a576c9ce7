package org.teller.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.teller.server.audit.AuditLog;
import org.teller.server.audit.AuditVerifier;
import org.teller.server.auth.Users;

/**
 * A count night in headless Chromium (Debian's chromium and chromedriver, driven by Selenium), done through
 * the pages as people would: the returning officer signs in and makes the election, its contest, three wards
 * and two tellers' accounts for each on the console; each teller signs in on their ward's page and enters its
 * account, verification and returns, each return typed by two of them (one disagreement caught, shown on
 * both pages, and reopened from the console); the returning officer declares each stage (confirming it);
 * and the public results page, open in another browser from the start, follows the count live to the
 * declaration: the winner, the figures, the chart and the flow of transfers. Screenshots are kept in
 * {@code server/target/screenshots}. Skipped, saying so, where the browser is not installed ({@code .ci/run}
 * installs it).
 */
class CountNightBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final String[] CANDIDATES = {"Ann Archer", "Bo Baker", "Cy Cole", "Dee Dale"};

    @TempDir
    Path folder;

    private Database database;
    private TellerServer server;
    private String base;
    /** The count centre's screen, where the returning officer and the tellers sign in in turn. */
    private WebDriver desk;
    /** The public's screen: the results page, never signed in. */
    private WebDriver viewer;

    @BeforeEach
    void start() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "[teller] skipped: the browser test needs"
                + " Debian's chromium and chromedriver (apt-get install chromium chromium-driver; .ci/run installs them)");
        Clock clock = Clock.systemUTC();
        database = Database.open(Database.embeddedUrl(folder), "", "");
        Bootstrap.ensureReturningOfficer(database, new Users(database.jdbi(), clock), new AuditLog(clock), ApiContract.RO_PASSWORD);
        server = TellerServer.start(database, "127.0.0.1", 0, clock);
        base = "http://127.0.0.1:" + server.port();
        desk = browser();
        viewer = browser();
    }

    private static WebDriver browser() {
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1200,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() {
        for (WebDriver browser : new WebDriver[] {desk, viewer}) {
            if (browser != null) {
                browser.quit();
            }
        }
        if (server != null) {
            server.close();
            database.close();
        }
    }

    @Test
    void aCountNightThroughThePages() throws Exception {
        signIn(Bootstrap.USERNAME, ApiContract.RO_PASSWORD);
        assertThat(desk.getCurrentUrl()).endsWith("/console");
        assertThat(desk.findElement(By.tagName("h1")).getText()).isEqualTo("Returning officer's console");
        WebElement election = form("/api/elections");
        type(election, "name", "Exampleton mayoral election");
        // A date field is typed in the browser's own format: set as the form sends it.
        ((JavascriptExecutor) desk).executeScript("arguments[0].value = '2026-05-07'", election.findElement(By.name("pollingDay")));
        send(election, "Election made.");
        WebElement contest = openForm("form[data-api$='/contests']");
        type(contest, "name", "Mayor of Exampleton");
        new Select(contest.findElement(By.name("system"))).selectByVisibleText("Supplementary Vote");
        type(contest, "candidates", String.join("\n", CANDIDATES));
        send(contest, "Contest added.");
        String results = desk.findElement(By.linkText("The public results page")).getAttribute("href");
        long contestId = Long.parseLong(results.replaceAll(".*/", ""));
        for (int ward = 1; ward <= 3; ward++) {
            WebElement area = openForm("form[data-api='/api/contests/" + contestId + "/areas']");
            type(area, "name", "Ward " + ward);
            new Select(area.findElement(By.name("kind"))).selectByVisibleText("ward");
            send(area, "Count area added.");
        }
        for (int ward = 1; ward <= 3; ward++) {
            for (int teller = 1; teller <= 2; teller++) {
                WebElement account = form("/api/users");
                type(account, "username", "ward" + ward + "-teller" + teller);
                type(account, "password", "password-ward" + ward + "-teller" + teller);
                new Select(account.findElement(By.name("area"))).selectByVisibleText("Ward " + ward
                        + " (Mayor of Exampleton, Exampleton mayoral election)");
                send(account, "Account made.");
            }
        }
        assertThat(desk.findElement(By.id("accounts")).findElement(By.xpath("..")).getText()).contains("ward3-teller2 count staff Ward 3");
        everyFieldIsLabelled();
        shoot(desk, "1-console-ready");

        viewer.get(results);
        assertThat(viewer.findElement(By.tagName("h1")).getText()).isEqualTo("Mayor of Exampleton");
        assertThat(viewer.findElement(By.id("status")).getText()).isEqualTo("No count area is in yet.");
        shoot(viewer, "2-public-before-the-count");
        signOut();

        long[][] first = {{400, 350, 150, 100}, {420, 330, 160, 90}, {380, 370, 140, 110}};
        List<String> wards = List.of("Ward 1", "Ward 2", "Ward 3");
        for (int a = 0; a < 3; a++) {
            String one = "ward" + (a + 1) + "-teller1";
            String two = "ward" + (a + 1) + "-teller2";
            long papers = first[a][0] + first[a][1] + first[a][2] + first[a][3];
            signIn(one, "password-" + one);
            assertThat(desk.findElement(By.tagName("h1")).getText()).startsWith(wards.get(a));
            WebElement account = form("/api/areas/" + areaId() + "/account");
            type(account, "issued", String.valueOf(papers));
            send(account, "Ballot paper account saved.");
            assertThat(desk.findElement(By.id("account-now")).getText()).startsWith(String.format("%,d papers issued", papers));
            signOut();

            signIn(two, "password-" + two);
            WebElement verification = form("/api/areas/" + areaId() + "/verification");
            type(verification, "found", String.valueOf(papers + 2));
            verification.findElement(By.cssSelector("button[type=submit]")).click();
            // Two more found than issued, unexplained: refused in the form, saying why; nothing saved.
            new WebDriverWait(desk, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("form[data-api$='/verification'] .answer"), "explain the discrepancy"));
            if (a == 0) {
                shoot(desk, "3-verification-refused");
            }
            verification = form("/api/areas/" + areaId() + "/verification");
            type(verification, "found", String.valueOf(papers));
            send(verification, "Verification saved.");
            enterReturn(1, first[a], a == 0 ? "Return entered. A second person enters it again" : "Return entered.");
            assertThat(desk.findElement(By.tagName("main")).getText()).contains("You entered this return.")
                    .doesNotContain(String.valueOf(first[a][0])); // the second person types from the papers, not the screen
            signOut();

            signIn(one, "password-" + one);
            if (a == 1) {
                // Ward 2's first teller types Bo Baker's 330 as 303: the two entries disagree, and neither counts.
                long[] typo = first[a].clone();
                typo[1] = 303;
                enterReturn(1, typo, "the two entries of area " + areaId() + "'s stage 1 return disagree");
                assertThat(desk.findElement(By.id("first-now")).getText()).contains("The two entries disagree")
                        .contains("Bo Baker: 330 (entered by ward2-teller2), 303 (by ward2-teller1)");
                shoot(desk, "4-disagreement-on-the-ward-page");
                signOut();
                signIn(Bootstrap.USERNAME, ApiContract.RO_PASSWORD);
                WebElement row = desk.findElement(By.xpath("//tr[th/a[text()='Ward 2']]"));
                assertThat(row.getText()).contains("needs you").contains("Bo Baker: 330 (entered by ward2-teller2), 303 (by ward2-teller1)");
                shoot(desk, "5-disagreement-on-the-console");
                WebElement reopen = row.findElement(By.cssSelector("form[data-api$='/returns/1/reopen']"));
                type(reopen, "reason", "Bo Baker's bundle counted again: 330");
                send(reopen, "Reopened");
                signOut();
                signIn(two, "password-" + two);
                enterReturn(1, first[a], "Return entered.");
                signOut();
                signIn(one, "password-" + one);
            }
            enterReturn(1, first[a], "Both entries agree: accepted.");
            assertThat(desk.findElement(By.id("first-now")).getText()).contains("Accepted").contains("reconciles");
            signOut();
        }
        waitFor(viewer, "3 of 3 count areas in");
        shoot(viewer, "6-public-first-stage-provisional");

        signIn(Bootstrap.USERNAME, ApiContract.RO_PASSWORD);
        assertThat(desk.findElement(By.cssSelector("form.declare")).getText()).contains("3 of 3 areas ready for the first stage");
        declare("Declare the first stage of Mayor of Exampleton");
        assertThat(desk.findElement(By.id("stages-" + contestId)).getText())
                .contains("First stage declared: Ann Archer and Bo Baker go forward to the second stage.");
        waitFor(viewer, "Ann Archer and Bo Baker go forward to the second stage.");
        shoot(viewer, "7-public-first-stage-declared");
        signOut();

        long[][] second = {{60, 50}, {70, 45}, {55, 60}};
        for (int a = 0; a < 3; a++) {
            for (int teller = 1; teller <= 2; teller++) {
                String name = "ward" + (a + 1) + "-teller" + teller;
                signIn(name, "password-" + name);
                assertThat(desk.findElement(By.tagName("main")).getText()).contains("The first stage is declared: its figures are final.");
                if (a == 2 && teller == 1) {
                    desk.manage().window().setSize(new Dimension(390, 844)); // a phone
                    Object overflow = ((JavascriptExecutor) desk).executeScript(
                            "return document.documentElement.scrollWidth > window.innerWidth");
                    assertThat(overflow).as("the ward's page fits a phone's width").isEqualTo(false);
                    ((JavascriptExecutor) desk).executeScript("document.getElementById('second').scrollIntoView()");
                    shoot(desk, "8-second-stage-form-on-a-phone");
                    desk.manage().window().setSize(new Dimension(1200, 1000));
                }
                enterReturn(2, second[a], teller == 1 ? "Return entered." : "Both entries agree: accepted.");
                signOut();
            }
        }
        signIn(Bootstrap.USERNAME, ApiContract.RO_PASSWORD);
        declare("Declare the second stage of Mayor of Exampleton");
        assertThat(desk.findElement(By.id("stages-" + contestId)).getText()).contains("Declared: Ann Archer is elected.");
        shoot(desk, "9-console-declared");

        waitFor(viewer, "Ann Archer is elected.");
        String page = viewer.findElement(By.tagName("main")).getText();
        // Ann 1,200 + 185 = 1,385; Bo 1,050 + 155 = 1,205.
        assertThat(page).contains("Final stage, declared").contains("1,385").contains("1,205").contains("53.47%").contains("46.53%");
        Object bars = ((JavascriptExecutor) viewer).executeScript(
                "const chart = Chart.getChart('votes'); return chart ? chart.data.datasets[0].data.join(',') : null;");
        assertThat(bars).isEqualTo("1385,1205");
        // The flow of Cy Cole's and Dee Dale's 750 papers: 185 to Ann Archer, 155 to Bo Baker, 410 not transferable.
        assertThat(page).contains("Where the eliminated candidates' papers went").contains("Not transferable 410 54.67%");
        Object flows = ((JavascriptExecutor) viewer).executeScript("return document.querySelectorAll('#flow path').length");
        assertThat(flows).isEqualTo(3L);
        assertThat(viewer.findElement(By.id("flow")).getText()).contains("Papers of eliminated candidates (750)");
        shoot(viewer, "10-public-declared");
        ((JavascriptExecutor) viewer).executeScript("document.getElementById('flow').scrollIntoView()");
        shoot(viewer, "11-public-flow-of-transfers");
        viewer.get(results + "/embed");
        assertThat(viewer.findElement(By.tagName("svg")).getText()).contains("Ann Archer").contains("1,385").contains("53.47%");
        shoot(viewer, "12-the-chart-to-embed");
        assertThat(AuditVerifier.verify(database.jdbi()).intact()).isTrue();
    }

    @Test
    void anAreasBallotPapersUploadedThroughItsPage() throws Exception {
        Http http = new Http(server.port());
        String ro = http.signIn(Bootstrap.USERNAME, ApiContract.RO_PASSWORD);
        long election = http.post("/api/elections", ro, "{\"name\": \"Exampleton 2026\", \"pollingDay\": \"2026-05-07\"}").json()
                .path("id").asLong();
        long contest = http.post("/api/elections/" + election + "/contests", ro, "{\"name\": \"Mayor of Exampleton\", \"system\":"
                + " \"alternative-vote\", \"candidates\": [{\"name\": \"Ann Archer\"}, {\"name\": \"Bo Baker\"}, {\"name\": \"Cy Cole\"}]}")
                .json().path("contests").get(0).path("id").asLong();
        long area = http.post("/api/contests/" + contest + "/areas", ro, "{\"name\": \"Ward 1\"}").json().path("id").asLong();
        http.post("/api/users", ro, "{\"username\": \"scanner\", \"password\": \"password-scanner\", \"role\": \"count-staff\","
                + " \"area\": " + area + "}");
        http.post("/api/areas/" + area + "/account", ro, "{\"issued\": 8}");
        http.post("/api/areas/" + area + "/verification", ro, "{\"found\": 8}");
        // Ann Archer 3, Bo Baker 3, Cy Cole 2: Cy Cole is out, his two papers go to Bo Baker, who wins 5 to 3.
        Path papers = folder.resolve("ward-1.csv");
        Files.writeString(papers, "rank1,rank2,rank3\nAnn Archer,,\nAnn Archer,,\nAnn Archer,Bo Baker,\nBo Baker,,\nBo Baker,Ann Archer,\n"
                + "Bo Baker,Cy Cole,\nCy Cole,Bo Baker,\nCy Cole,Bo Baker,Ann Archer\n");

        signIn("scanner", "password-scanner");
        assertThat(desk.findElement(By.id("papers")).getText()).isEqualTo("Ballot papers");
        desk.findElement(By.id("papers-file")).sendKeys(papers.toAbsolutePath().toString());
        String sha256 = org.teller.formats.internal.Sha256.ofBytes(Files.readAllBytes(papers));
        // The browser works the SHA-256 out for the person to compare with the scanning system's.
        new WebDriverWait(desk, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("papers-computed"), sha256));
        // It never fills the field: the check is against the SHA-256 the scanning system gives, typed by a person.
        assertThat(desk.findElement(By.id("papers-sha256")).getAttribute("value")).isEmpty();
        desk.findElement(By.id("papers-sha256")).sendKeys(sha256);
        shoot(desk, "13-papers-to-upload");
        send(desk.findElement(By.id("upload")), "File taken.");
        assertThat(desk.findElement(By.id("papers-now")).getText()).contains("File ward-1.csv: 8 papers, uploaded by scanner")
                .contains(sha256).contains("reconciles");
        signOut();

        signIn(Bootstrap.USERNAME, ApiContract.RO_PASSWORD);
        declare("Declare the count of Mayor of Exampleton");
        assertThat(desk.findElement(By.id("stages-" + contest)).getText()).contains("Declared: Bo Baker is elected.");
        viewer.get(base + "/results/" + contest);
        assertThat(viewer.findElement(By.id("status")).getText()).isEqualTo("Bo Baker is elected.");
        shoot(viewer, "14-counted-from-papers");
    }

    private void signIn(String username, String password) {
        desk.get(base + "/sign-in");
        desk.findElement(By.id("username")).sendKeys(username);
        desk.findElement(By.id("password")).sendKeys(password);
        desk.findElement(By.cssSelector("form[action='/sign-in'] button")).click();
        new WebDriverWait(desk, Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/sign-in")));
    }

    private void signOut() {
        desk.findElement(By.cssSelector("form[action='/sign-out'] button")).click();
        new WebDriverWait(desk, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/sign-in"));
    }

    /** The id of the count area whose page is open. */
    private long areaId() {
        return Long.parseLong(desk.getCurrentUrl().replaceAll(".*/count/", ""));
    }

    private WebElement form(String api) {
        return desk.findElement(By.cssSelector("form[data-api='" + api + "']"));
    }

    /** A form folded in a details element, unfolded. */
    private WebElement openForm(String selector) {
        WebElement form = desk.findElements(By.cssSelector(selector)).get(0);
        WebElement details = form.findElement(By.xpath("ancestor::details"));
        details.findElement(By.tagName("summary")).click();
        return form;
    }

    private static void type(WebElement form, String name, String text) {
        WebElement field = form.findElement(By.name(name));
        field.clear();
        field.sendKeys(text);
    }

    /** Sends a form and waits for the page, shown again, to say {@code said}. */
    private void send(WebElement form, String said) {
        WebElement before = desk.findElement(By.tagName("html"));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        awaitReload(before);
        new WebDriverWait(desk, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "the page did not come to say: " + said + "\n" + desk.findElement(By.tagName("main")).getText())
                .until(page -> page.findElement(By.id("flash")).getText().contains(said));
    }

    /** Waits until the page that held {@code before} is replaced (a moment of the swap can answer oddly: asked again). */
    private void awaitReload(WebElement before) {
        new WebDriverWait(desk, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                .withMessage(() -> "the page was not shown again").until(driver -> {
                    try {
                        before.getTagName();
                        return false;
                    } catch (StaleElementReferenceException gone) {
                        return true;
                    }
                });
    }

    private void enterReturn(int stage, long[] votes, String said) {
        WebElement form = desk.findElement(By.id("return-" + stage));
        List<WebElement> fields = form.findElements(By.cssSelector("input[data-group=votes]"));
        assertThat(fields).hasSize(votes.length);
        for (int c = 0; c < votes.length; c++) {
            assertThat(fields.get(c).getAttribute("name")).isEqualTo(CANDIDATES[c]);
            fields.get(c).sendKeys(String.valueOf(votes[c]));
        }
        send(form, said);
    }

    private void declare(String button) {
        WebElement before = desk.findElement(By.tagName("html"));
        desk.findElement(By.xpath("//button[text()='" + button + "']")).click();
        new WebDriverWait(desk, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent());
        assertThat(desk.switchTo().alert().getText()).contains("A declaration is final");
        desk.switchTo().alert().accept();
        awaitReload(before);
        new WebDriverWait(desk, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(page -> page.findElement(By.id("flash")).getText().contains("Declared."));
    }

    /** Every field of the page has a label a screen reader reads out. */
    private void everyFieldIsLabelled() {
        Object unlabelled = ((JavascriptExecutor) desk).executeScript("return [...document.querySelectorAll('input, select, textarea')]"
                + ".filter(field => field.labels.length === 0).map(field => field.name).join(',')");
        assertThat(unlabelled).isEqualTo("");
    }

    /** Waits (the page reloads itself on the feed's events) until the page says {@code text}. */
    private static void waitFor(WebDriver browser, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).withMessage(() -> "the page did not come to say: " + text + "\n"
                + browser.findElement(By.tagName("body")).getText())
                .until(page -> page.findElement(By.tagName("body")).getText().contains(text));
    }

    private static void shoot(WebDriver browser, String name) throws Exception {
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
