package cn.supervision.disclosure.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import cn.supervision.disclosure.DisclosureIntegrationTest;
import cn.supervision.disclosure.TestEvents;
import cn.supervision.testsupport.TopicWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.web.server.LocalServerPort;

import static cn.supervision.disclosure.TestEvents.example;
import static cn.supervision.disclosure.TestEvents.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The public site in a real headless Chromium with JavaScript switched off: search, enterprise page with the
 * deadline, task page with drawn list, transcript link and "was I drawn?" form, check-item list; then the same
 * search on a phone-sized window. Screenshots go to {@code target/screenshots/}.
 */
@DisclosureIntegrationTest
class PublicSiteBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    WebDriver browser;
    Path profile;

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @BeforeEach
    void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at /usr/bin/chromium");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("disclosure-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--window-size=1280,900", "--lang=zh-CN");
        // the pages must work without JavaScript: the browser runs with it switched off
        options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** A click does not wait for the next page: wait until the browser is there (no JavaScript involved). */
    void arrivedAt(String urlPart) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(15))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains(urlPart));
    }

    void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aCitizenSearchesOpensTheEnterpriseAndTaskPagesAndReadsTheCheckItemsWithoutJavaScript() throws IOException {
        String id = unique();
        String taskId = "T-" + id;
        String objectId = "OBJ-" + id;
        String name = "龙亭区网页" + id + "建筑有限公司";
        String code = "ZA-" + id;
        TopicWriter.send("registry.check-items", code, "registry.CheckItemChanged.v1", "ev-" + id + "-ci",
                example("registry.CheckItemChanged.v1", "T", "O", "").replace("\"JZ-001\"", "\"" + code + "\""));
        TopicWriter.send("sampling.tasks", taskId, "sampling.TaskPublished.v1", "ev-" + id + "-t", example("sampling.TaskPublished.v1", taskId, objectId, ""));
        TopicWriter.send("sampling.tasks", taskId, "sampling.DrawCommitted.v1", "ev-" + id + "-c", example("sampling.DrawCommitted.v1", taskId, objectId, ""));
        TopicWriter.send("sampling.draws", objectId, "sampling.SampleDrawn.v1", "ev-" + id + "-d", example("sampling.SampleDrawn.v1", taskId, objectId, name));
        TopicWriter.send("inspection.results", objectId, "inspection.InspectionCompleted.v1", "ev-" + id + "-r",
                example("inspection.InspectionCompleted.v1", taskId, objectId, name));
        TestEvents.awaitGet(url("/public/tasks/" + taskId), r -> r.status() == 200 && r.json().get("drawnCount").asLong() == 1
                && !r.json().get("commitments").isEmpty(), Duration.ofSeconds(30));
        TestEvents.awaitGet(url("/public/results?taskId=" + taskId), r -> r.json().get("total").asLong() == 1, Duration.ofSeconds(30));
        TestEvents.awaitGet(url("/public/check-items"), r -> r.body().contains(code), Duration.ofSeconds(30));

        browser.get(url("/"));
        assertThat(browser.getTitle()).contains("抽查结果查询");
        browser.findElement(By.id("name")).sendKeys("网页" + id);
        browser.findElement(By.id("search-button")).click();
        arrivedAt("name=");
        List<WebElement> rows = browser.findElements(By.cssSelector("tr.result-row"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains(name).contains("未发现问题").contains("发现问题待后续处理").contains("2026-04-21");
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).as("the form keeps what was typed").isEqualTo("网页" + id);
        screenshot("search");

        browser.findElement(By.linkText(name)).click();
        arrivedAt("/enterprises/");
        assertThat(browser.findElement(By.id("enterprise-name")).getText()).isEqualTo(name);
        assertThat(browser.findElement(By.cssSelector("#results td.deadline")).getText()).isEqualTo("2026-04-21");
        assertThat(browser.getPageSource()).doesNotContain("张伟").doesNotContain("LT-JZSC-001");
        screenshot("enterprise");

        browser.findElement(By.linkText("2026年第一批建筑市场与质量安全联合抽查")).click();
        arrivedAt("/tasks/");
        assertThat(browser.findElement(By.id("task-name")).getText()).isEqualTo("2026年第一批建筑市场与质量安全联合抽查");
        assertThat(browser.findElement(By.id("transcript-link")).getAttribute("href"))
                .isEqualTo("http://sampling.example.test/tasks/" + taskId + "/transcript");
        WebElement check = browser.findElement(By.id("was-i-drawn"));
        assertThat(check.getAttribute("action")).isEqualTo("http://sampling.example.test/public/tasks/" + taskId + "/was-i-drawn");
        assertThat(check.getAttribute("method")).isEqualTo("get");
        assertThat(check.findElement(By.name("uscc")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector("tr.drawn-row"))).singleElement().satisfies(row -> assertThat(row.getText()).contains(name));
        assertThat(browser.findElement(By.cssSelector(".commitment")).getText()).isEqualTo("4e46cd9e8c5d32822d274a39a545c40ed26ff1fc36a32eb618f0d5a9f607fa7a");
        assertThat(browser.getPageSource()).doesNotContain("张伟").doesNotContain("李娜");
        screenshot("task");

        browser.findElement(By.linkText("抽查事项清单")).click();
        arrivedAt("/check-items");
        assertThat(browser.findElements(By.cssSelector("tr.check-item-row")).stream().map(WebElement::getText))
                .anySatisfy(text -> assertThat(text).contains(code).contains("《建筑业企业资质管理规定》第三十五条"));
        screenshot("check-items");

        browser.get(url("/?from=2026-99-01"));
        assertThat(browser.findElement(By.id("errors")).getText()).contains("from");
        browser.get(url("/enterprises/NOBODY-" + id));
        assertThat(browser.findElement(By.id("not-found")).getText()).contains("未找到");

        // a phone: the search form fits the screen, nothing forces sideways scrolling
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/?taskId=" + taskId));
        Dimension field = browser.findElement(By.id("name")).getSize();
        assertThat(field.getWidth()).isLessThanOrEqualTo(390);
        assertThat(browser.findElements(By.cssSelector("tr.result-row"))).hasSize(1);
        screenshot("search-phone");
    }
}
