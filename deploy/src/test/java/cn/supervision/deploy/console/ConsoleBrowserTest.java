package cn.supervision.deploy.console;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import cn.supervision.deploy.ConsolePlatform;
import cn.supervision.testsupport.Eventually;
import cn.supervision.testsupport.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in a real headless Chromium, end to end against the running platform with the Longting demo: the
 * administrator of one department runs a joint task from creation to the draw ceremony (double-clicking "draw"), the drawn inspectors of
 * both departments enter their results, the reviewer approves, and the result is on the public site; sign-in goes
 * through the identity provider, and a session that ends returns to the same page. Screenshots of each key screen go to
 * {@code target/screenshots/console/}.
 */
class ConsoleBrowserTest {

    static Browser browser;
    static String consoleUrl;

    @BeforeAll
    static void start() {
        consoleUrl = ConsolePlatform.consoleUrl();
        browser = new Browser(consoleUrl);
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void aClerkSignsInThroughTheIdentityProviderAndAnEndedSessionReturnsToTheSamePage() {
        browser.driver.manage().deleteAllCookies();
        browser.open("/");
        browser.screenshot("01-sign-in");
        browser.pickDemoUser("hm-staff");
        assertThat(browser.find("#who").getText()).contains("住房市场科工作人员", "住房市场科 · 工作人员");
        browser.screenshot("02-home-clerk");

        // the session ends (cookie gone: a restart, the 8 h timeout, another tablet): the next page asks to sign in
        // again and then shows the page that was asked for
        browser.driver.manage().deleteAllCookies();
        browser.open("/?from=expired");
        browser.pickDemoUser("hm-staff");
        // Spring Security marks the replayed request with a "continue" parameter
        assertThat(browser.driver.getCurrentUrl()).startsWith(consoleUrl + "/?from=expired");
        assertThat(browser.text()).contains("住房市场科 · 工作人员");
    }

    @Test
    void aClerkRunsAJointTaskToTheDrawInspectorsEnterResultsAReviewerApprovesAndTheResultIsPublic() {
        ConsolePlatform.loadLongtingDemo();
        String taskId = "E2E-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

        // tasks, freezes and draws are the department administrator's (docs/security.md)
        browser.signInAs("hm-admin");
        browser.open("/tasks/new");
        browser.find("#taskId").sendKeys(taskId);
        browser.find("#name").sendKeys("住房市场科与质量安全科联合抽查（浏览器测试）");
        if (!browser.find("#objectTypes-ENTERPRISE").isSelected()) {
            browser.find("#objectTypes-ENTERPRISE").click();
        }
        new Select(browser.find("#items-0-code")).selectByValue("JZ-001");
        new Select(browser.find("#items-1-code")).selectByValue("ZA-001");
        type("#strata-0-name", "all");
        type("#strata-0-ratio", "5");
        new Select(browser.find("#teams-0-department")).selectByValue("housing-market");
        type("#teams-0-count", "1");
        new Select(browser.find("#teams-1-department")).selectByValue("quality-safety");
        type("#teams-1-count", "1");
        browser.find("#entropySource").sendKeys("抽取当日见证人现场宣读的五个两位数");
        setValue(browser.find("#dueDate"), LocalDate.now().plusMonths(2).toString());
        browser.screenshot("03-new-joint-task");
        browser.find("#create-task").click();
        assertThat(browser.driver.getCurrentUrl()).as(browser.text()).endsWith("/tasks/" + taskId);

        leaveOutInspectorsWhoCannotSignIn(taskId);
        browser.find("#freeze").click();
        assertThat(browser.find("#commitment-hash").getText()).matches("[0-9a-f]{64}");
        browser.screenshot("04-frozen-commitment");
        browser.find("#entropy").sendKeys("07 19 33 41 02");
        browser.screenshot("05-draw-screen");
        // what witnesses might see happen: an impatient double click
        new Actions(browser.driver).doubleClick(browser.find("#draw")).perform();
        Eventually.get("the draw result", Duration.ofSeconds(30), () -> browser.driver.findElements(By.id("drawn")).isEmpty() ? null : true);
        browser.screenshot("06-draw-result");
        JsonNode task = Http.get(ConsolePlatform.url("SAMPLING") + "/tasks/" + taskId).json();
        assertThat(task.get("state").asString()).isIn("DRAWN", "ASSIGNED");
        assertThat(task.get("abandonedDraws").size()).as("one draw for a double click").isZero();

        // a drawn object with inspectors of both departments: they sign in and enter their results
        JsonNode record = Eventually.get("a record whose inspectors are demo users", Duration.ofSeconds(60), () -> {
            JsonNode records = Http.get(ConsolePlatform.url("INSPECTION") + "/inspections?taskId=" + taskId).json();
            for (JsonNode candidate : records) {
                if (candidate.get("inspectors").findValuesAsString("inspectorId").stream().allMatch(id -> id.matches(DEMO_INSPECTOR))) {
                    return candidate;
                }
            }
            return null;
        });
        String page = "/inspections/" + taskId + "/" + record.get("objectId").asString();
        for (JsonNode inspector : record.get("inspectors")) {
            String item = "housing-market".equals(inspector.get("department").asString()) ? "JZ-001" : "ZA-001";
            browser.signInAs(demoUser(inspector.get("inspectorId").asString()));
            browser.open(page);
            new Select(browser.find("#category-" + item)).selectByValue("1");
            browser.find("#findings-" + item).sendKeys("现场核查资质证书及项目管理人员到岗情况，未发现问题。");
            browser.screenshot("07-result-form-" + item);
            browser.find("#enter-" + item).click();
            assertThat(browser.find("#saved").getText()).isNotBlank();
        }
        // the last department's entry completes the record: inspection submits it for review by itself
        assertThat(browser.find("#record-state").getText()).contains("待审核");

        browser.signInAs("hm-reviewer");
        assertThat(browser.find("#review-queue").getText()).contains(record.get("objectName").asString());
        browser.open(page);
        browser.screenshot("08-review");
        browser.find("#approve").click();
        assertThat(browser.find("#record-state").getText()).contains("已完成");
        assertThat(browser.find("#log-verdict").getText()).contains("记录完整");
        browser.screenshot("09-approved-with-log");

        String uscc = record.get("uscc").asString();
        Eventually.get("the result on the public site", Duration.ofSeconds(60),
                () -> Http.anonymous().get(ConsolePlatform.url("DISCLOSURE") + "/public/results?uscc=" + uscc).json().get("total").asInt() > 0 ? true : null);
        browser.driver.get(ConsolePlatform.url("DISCLOSURE") + "/enterprises/" + record.get("objectId").asString());
        assertThat(browser.text()).contains(record.get("objectName").asString(), "未发现问题");
        browser.screenshot("10-public-result");
    }

    /**
     * Other test classes of this JVM register inspectors of their own, who have no demo user to sign in with: the
     * administrator leaves them out of this task's roster (人工排除, through sampling's API) before the freeze.
     */
    static final String DEMO_INSPECTOR = "LT-(HOUS|QUAL)-00[1-4]";

    static void leaveOutInspectorsWhoCannotSignIn(String taskId) {
        for (String department : new String[] {"housing-market", "quality-safety"}) {
            JsonNode inspectors = Http.get(ConsolePlatform.url("REGISTRY") + "/inspectors?size=500&department=" + department).json().get("items");
            for (JsonNode inspector : inspectors) {
                String id = inspector.get("certificateNumber").asString();
                if (!id.matches(DEMO_INSPECTOR)) {
                    Http.Response left = Http.as("hm-admin").post(ConsolePlatform.url("SAMPLING") + "/tasks/" + taskId + "/inspector-exclusions",
                            "{\"inspectorId\": \"" + id + "\", \"reason\": \"浏览器测试：没有演示账号\"}");
                    // an inactive one is refused (they cannot be drawn anyway); an active one is left out
                    assertThat(left.status()).as(left.body()).isLessThan(500);
                }
            }
        }
        browser.driver.navigate().refresh();
    }

    /** LT-HOUS-002 signs in as hm-inspector-2 (the demo users carry the demo directory's certificate numbers). */
    static String demoUser(String inspectorId) {
        String prefix = switch (inspectorId.substring(3, 7)) {
            case "HOUS" -> "hm";
            case "QUAL" -> "qs";
            default -> "re";
        };
        return prefix + "-inspector-" + Integer.parseInt(inspectorId.substring(8));
    }

    /** Replaces what a field holds (the form may offer a default) with what the clerk types. */
    static void type(String css, String text) {
        WebElement field = browser.find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** A date input takes keys in the browser's locale format; setting the value is what a date picker does. */
    static void setValue(WebElement input, String value) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];", input, value);
    }
}
