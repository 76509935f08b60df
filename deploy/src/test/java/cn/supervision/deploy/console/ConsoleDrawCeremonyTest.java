package cn.supervision.deploy.console;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.supervision.deploy.ConsolePlatform;
import cn.supervision.testsupport.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Points 4 and 5 of the console against the running platform with the Longting demo: a joint task created through the
 * form (housing-market initiating, quality-safety taking part), refused forms coming back as typed with Chinese
 * messages, the freeze showing the digests and commitment, the draw showing the result and the transcript, a second
 * draw drawing nothing, shortfalls highlighted, another department refused.
 */
class ConsoleDrawCeremonyTest {

    private static final String DUE = LocalDate.now().plusMonths(2).toString();

    @BeforeAll
    static void longtingDemo() {
        ConsolePlatform.loadLongtingDemo();
        // sampling learns the directory from events: wait until its read model holds the demo
        waitFor("sampling's read model has the Longting demo", () -> {
            JsonNode population = Http.as("admin").get(ConsolePlatform.url("SAMPLING") + "/population").json();
            return population.get("objects").asInt() >= 200 && population.get("inspectors").asInt() >= 12
                    && Http.as("admin").get(ConsolePlatform.url("SAMPLING") + "/population/check-items/ZA-001").status() == 200
                    && Http.as("admin").get(ConsolePlatform.url("SAMPLING") + "/population/check-items/JZ-002").status() == 200;
        });
    }

    @Test
    void aRefusedFormComesBackAsTypedWithChineseMessagesBesideTheFields() {
        ConsoleSession clerk = ConsoleSession.signIn(ConsolePlatform.consoleUrl(), "hm-admin");
        ConsoleSession.Page blank = clerk.get("/tasks/new").assertOk();
        assertThat(blank.html()).contains("JZ-001", "ZA-001", "name=\"items[5].code\"", "name=\"strata[5].ratio\"", "name=\"teams[5].count\"");

        // the console's own checks: completeness and format
        List<Map.Entry<String, String>> form = taskForm("CT-ERR-1", "", "ZA-001", "1", "abc");
        form.add(Map.entry("strata[2].name", "all"));
        form.add(Map.entry("strata[2].ratio", "十"));
        ConsoleSession.Page refused = clerk.post("/tasks/new", form).assertOk();
        keep("task-form-refused", refused);
        assertThat(refused.html()).contains("请填写任务名称", "请填写整数", "请填写百分数");
        assertThat(refused.field("taskId")).isEqualTo("CT-ERR-1");
        assertThat(refused.field("entropySource")).isEqualTo("2026年12月1日深圳福利彩票开奖号码");
        assertThat(refused.field("teams[1].count")).isEqualTo("abc");
        assertThat(refused.field("strata[2].ratio")).isEqualTo("十");
        assertThat(refused.html()).contains("value=\"ZA-001\" selected");

        // the service's refusal, beside the row it came from: the stratum typed in the third row is the first one sent
        List<Map.Entry<String, String>> badRatio = taskForm("CT-ERR-2", "比例有误的任务", "ZA-001", "1", "1");
        badRatio.add(Map.entry("strata[2].name", "all"));
        badRatio.add(Map.entry("strata[2].ratio", "200"));
        ConsoleSession.Page serviceRefused = clerk.post("/tasks/new", badRatio).assertOk();
        assertThat(serviceRefused.html()).contains("抽查服务未接受", "该项有误：must be between 0 and 10000");
        assertThat(fieldErrorAfter(serviceRefused.html(), "strata-2-ratio")).contains("该项有误");
        assertThat(serviceRefused.field("name")).isEqualTo("比例有误的任务");
        assertThat(Http.as("admin").get(ConsolePlatform.url("SAMPLING") + "/tasks/CT-ERR-2").status()).isEqualTo(404);

        // and a plan form the same way
        ConsoleSession.Page plan = clerk.post("/plans/new", List.of(Map.entry("planId", ""), Map.entry("year", "二〇二六"),
                Map.entry("objectTypes", "ENTERPRISE"), Map.entry("items[0].code", "JZ-001"), Map.entry("targetCoverage", "10"),
                Map.entry("plannedBatches", "2"))).assertOk();
        assertThat(plan.html()).contains("请填写计划编号", "请填写整数");
        assertThat(plan.field("year")).isEqualTo("二〇二六");
    }

    @Test
    void aJointPlanIsCreatedThroughTheFormAndListedForBothDepartments() {
        ConsoleSession clerk = ConsoleSession.signIn(ConsolePlatform.consoleUrl(), "hm-admin");
        clerk.get("/plans/new").assertOk();
        ConsoleSession.Page listed = clerk.post("/plans/new", List.of(Map.entry("planId", "CT-PLAN-1"), Map.entry("year", "" + LocalDate.now().getYear()),
                Map.entry("participatingDepartments", "quality-safety"), Map.entry("objectTypes", "ENTERPRISE"),
                Map.entry("objectTypes", "CONSTRUCTION_PROJECT"), Map.entry("items[0].code", "JZ-001"), Map.entry("items[1].code", "ZA-001"),
                Map.entry("strata[0].name", "riskD"), Map.entry("strata[0].attribute", "riskLevel"), Map.entry("strata[0].values", "D"),
                Map.entry("strata[0].ratio", "30"), Map.entry("strata[1].name", "rest"), Map.entry("strata[1].ratio", "10"),
                Map.entry("targetCoverage", "12.5"), Map.entry("plannedBatches", "2"))).assertOk();
        assertThat(listed.uri()).contains("/plans?year=");
        assertThat(listed.html()).contains("CT-PLAN-1（联合）", "质量安全科", "12.5%", "riskD 30%");
        assertThat(ConsoleSession.signIn(ConsolePlatform.consoleUrl(), "qs-staff").get("/plans").assertOk().html()).contains("CT-PLAN-1");
        assertThat(ConsoleSession.signIn(ConsolePlatform.consoleUrl(), "re-admin").get("/plans").assertOk().html()).doesNotContain("CT-PLAN-1");
    }

    @Test
    void aJointTaskFromTheFormThroughFreezeAndDrawWithASecondDrawDrawingNothing() {
        String taskId = "CT-JOINT-1";
        ConsoleSession clerk = ConsoleSession.signIn(ConsolePlatform.consoleUrl(), "hm-admin");
        clerk.get("/tasks/new").assertOk();
        List<Map.Entry<String, String>> form = taskForm(taskId, "2026年建筑市场与质量安全联合抽查（工作台）", "ZA-001", "1", "1");
        form.add(Map.entry("strata[1].name", "all"));
        form.add(Map.entry("strata[1].ratio", "10"));
        ConsoleSession.Page published = clerk.post("/tasks/new", form).assertOk();
        assertThat(published.uri()).endsWith("/tasks/" + taskId);
        assertThat(published.html()).contains("已发布（待冻结）", "质量安全科：ZA-001", "住房市场科：JZ-001", "id=\"freeze\"");

        // a joint task is every participating department's; another department sees the refusal page, not the data
        assertThat(ConsoleSession.signIn(ConsolePlatform.consoleUrl(), "qs-staff").get("/tasks").assertOk().html()).contains(taskId);
        ConsoleSession other = ConsoleSession.signIn(ConsolePlatform.consoleUrl(), "re-admin");
        assertThat(other.get("/tasks").assertOk().html()).doesNotContain(taskId);
        ConsoleSession.Page refused = other.get("/tasks/" + taskId);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.html()).doesNotContain("联合抽查（工作台）", "ZA-001");
        assertThat(other.get("/tasks/" + taskId + "/transcript").status()).isEqualTo(403);

        // 人工排除 before the freeze: an inspector away on the draw day; the reason is required
        ConsoleSession.Page noReason = clerk.post("/tasks/" + taskId + "/inspector-exclusions", Map.of("inspectorId", "LT-HOUS-004", "reason", " "))
                .assertOk();
        assertThat(noReason.html()).contains("请填写排除原因", "value=\"LT-HOUS-004\" selected");
        ConsoleSession.Page excluded = clerk.post("/tasks/" + taskId + "/inspector-exclusions", Map.of("inspectorId", "LT-HOUS-004", "reason", "出差"))
                .assertOk();
        assertThat(excluded.html()).contains("id=\"staff-exclusion-list\"", "LT-HOUS-004", "出差");

        // 冻结: digests, commitment and the announced entropy source, as sampling publishes them
        ConsoleSession.Page frozen = clerk.post("/tasks/" + taskId + "/freeze", Map.of()).assertOk();
        keep("task-frozen", frozen);
        JsonNode record = publicRecord(taskId);
        assertThat(frozen.html()).contains("已冻结（待抽取）", record.get("freeze").get("commitment").asString(),
                record.get("freeze").get("populationDigest").asString(), record.get("freeze").get("rosterDigest").asString(),
                record.get("freeze").get("paramsDigest").asString(), "2026年12月1日深圳福利彩票开奖号码", "id=\"entropy\"", "id=\"draw\"", "人工排除：1 人");

        // the entropy field: blank and malformed entropy are refused beside the field, as typed
        assertThat(clerk.post("/tasks/" + taskId + "/draw", Map.of("publicEntropy", " ")).assertOk().html()).contains("请输入公开随机数", "已冻结（待抽取）");
        ConsoleSession.Page comma = clerk.post("/tasks/" + taskId + "/draw", Map.of("publicEntropy", "07,19")).assertOk();
        assertThat(comma.html()).contains("id=\"entropy-error\"", "该项有误");
        assertThat(comma.field("publicEntropy")).isEqualTo("07,19");

        // 抽取: the result, as sampling published it, with the assigned inspectors and the transcript one click away
        ConsoleSession.Page drawn = clerk.post("/tasks/" + taskId + "/draw", Map.of("publicEntropy", "07 19 33 41 02")).assertOk();
        keep("task-drawn", drawn);
        record = publicRecord(taskId);
        String resultDigest = record.get("draw").get("resultDigest").asString();
        int selected = record.get("draw").get("selected").asInt();
        assertThat(selected).isPositive();
        assertThat(drawn.html()).contains("抽取结果", resultDigest, "07 19 33 41 02", "/tasks/" + taskId + "/transcript",
                "/public/tasks/" + taskId + "/draw", "/public/tasks/" + taskId + "/was-i-drawn", "（质量安全科）", "（住房市场科）")
                .doesNotContain("id=\"already-drawn\"");
        assertThat(count(drawn.html(), "id=\"drawn-")).isEqualTo(selected);
        ConsoleSession.Page transcript = clerk.get("/tasks/" + taskId + "/transcript").assertOk();
        assertThat(transcript.contentType()).contains("application/json");
        assertThat(transcript.html()).contains(taskId, resultDigest);
        waitFor("the draw is in the draw log", () -> drawEntries(taskId) == 1);

        // a second 抽取 (a double click, a second tablet) draws nothing: the existing result is shown
        ConsoleSession.Page again = clerk.post("/tasks/" + taskId + "/draw", Map.of("publicEntropy", "99 98 97")).assertOk();
        assertThat(again.html()).contains("id=\"already-drawn\"", resultDigest, "07 19 33 41 02").doesNotContain("99 98 97");
        assertThat(publicRecord(taskId).get("draw").get("resultDigest").asString()).isEqualTo(resultDigest);
        assertThat(drawEntries(taskId)).isEqualTo(1);

        // the auditor sees every department's task, and no button to change it
        assertThat(ConsoleSession.signIn(ConsolePlatform.consoleUrl(), "auditor").get("/tasks/" + taskId).assertOk().html())
                .contains(resultDigest, "抽取结果").doesNotContain("id=\"refreeze\"", "id=\"draw\"");
    }

    @Test
    void thePlatformAdministratorChoosesTheInitiatingDepartment() {
        ConsoleSession admin = ConsoleSession.signIn(ConsolePlatform.consoleUrl(), "admin");
        assertThat(admin.get("/tasks/new").assertOk().html()).contains("<select id=\"initiatingDepartment\" name=\"initiatingDepartment\"");
        ConsoleSession.Page refused = admin.post("/tasks/new", List.of(Map.entry("taskId", "CT-ADMIN-1"), Map.entry("name", "未选发起部门"),
                Map.entry("objectTypes", "ENTERPRISE"), Map.entry("items[0].code", "FC-001"), Map.entry("teams[0].department", "real-estate"),
                Map.entry("teams[0].count", "2"), Map.entry("entropySource", "见证人现场宣读的数字"))).assertOk();
        assertThat(refused.html()).contains("请选择发起部门");
        assertThat(refused.field("name")).isEqualTo("未选发起部门");
    }

    @Test
    void twoDrawsAtOnceDrawOnceAndShortfallsAreHighlighted() {
        String taskId = "CT-SHORT-1";
        ConsoleSession clerk = ConsoleSession.signIn(ConsolePlatform.consoleUrl(), "hm-admin");
        clerk.get("/tasks/new").assertOk();
        // fifty housing-market inspectors per object: more than the department has (four in the demo, a few more that
        // other test classes of this JVM register), so every drawn object is short
        List<Map.Entry<String, String>> form = new ArrayList<>(List.of(Map.entry("taskId", taskId), Map.entry("name", "缺员演示任务"),
                Map.entry("objectTypes", "ENTERPRISE"), Map.entry("items[0].code", "JZ-002"), Map.entry("strata[0].name", "all"),
                Map.entry("strata[0].ratio", "3"), Map.entry("teams[0].department", "housing-market"), Map.entry("teams[0].count", "50"),
                Map.entry("entropySource", "见证人现场宣读的数字"), Map.entry("dueDate", DUE), Map.entry("publishDrawnList", "false")));
        assertThat(clerk.post("/tasks/new", form).assertOk().uri()).endsWith("/tasks/" + taskId);
        clerk.post("/tasks/" + taskId + "/freeze", Map.of()).assertOk();

        ConsoleSession second = ConsoleSession.signIn(ConsolePlatform.consoleUrl(), "admin");
        second.get("/tasks/" + taskId).assertOk();
        CompletableFuture<ConsoleSession.Page> one = CompletableFuture.supplyAsync(() -> clerk.post("/tasks/" + taskId + "/draw",
                Map.of("publicEntropy", "11 22 33")));
        CompletableFuture<ConsoleSession.Page> two = CompletableFuture.supplyAsync(() -> second.post("/tasks/" + taskId + "/draw",
                Map.of("publicEntropy", "44 55 66")));
        ConsoleSession.Page a = one.join().assertOk();
        ConsoleSession.Page b = two.join().assertOk();
        String resultDigest = publicRecord(taskId).get("draw").get("resultDigest").asString();
        assertThat(a.html()).contains(resultDigest);
        assertThat(b.html()).contains(resultDigest);
        assertThat(a.html().contains("id=\"already-drawn\"") || b.html().contains("id=\"already-drawn\"")).as("one of them was told").isTrue();
        waitFor("the draw is in the draw log", () -> drawEntries(taskId) >= 1);
        assertThat(drawEntries(taskId)).isEqualTo(1);

        ConsoleSession.Page result = clerk.get("/tasks/" + taskId).assertOk();
        keep("task-shortfalls", result);
        assertThat(result.html()).containsPattern("住房市场科 缺 4\\d 人").contains("id=\"shortfalls\"", "缺员", "class=\"shortfall\"");
    }

    /** A joint task's form: housing-market initiating with JZ-001, a second department's item, a team of each. */
    private static List<Map.Entry<String, String>> taskForm(String taskId, String name, String otherItem, String ownCount, String otherCount) {
        return new ArrayList<>(List.of(Map.entry("taskId", taskId), Map.entry("name", name), Map.entry("objectTypes", "ENTERPRISE"),
                Map.entry("items[0].code", "JZ-001"), Map.entry("items[1].code", otherItem), Map.entry("teams[0].department", "housing-market"),
                Map.entry("teams[0].count", ownCount), Map.entry("teams[1].department", "quality-safety"), Map.entry("teams[1].count", otherCount),
                Map.entry("entropySource", "2026年12月1日深圳福利彩票开奖号码"), Map.entry("dueDate", DUE), Map.entry("publishDrawnList", "true")));
    }

    /** The page as served, kept in the build output to look at (target/console-pages). */
    private static void keep(String name, ConsoleSession.Page page) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "console-pages");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.writeString(dir.resolve(name + ".html"), page.html());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode publicRecord(String taskId) {
        return Http.anonymous().get(ConsolePlatform.url("SAMPLING") + "/public/tasks/" + taskId + "/draw").json();
    }

    private static int drawEntries(String taskId) {
        JsonNode entries = Http.as("admin").get(ConsolePlatform.url("SAMPLING") + "/draw-log?taskId=" + taskId).json();
        int draws = 0;
        for (JsonNode entry : entries) {
            if ("DRAW".equals(entry.get("kind").asString())) {
                draws++;
            }
        }
        return draws;
    }

    /** The field-error text right after the input with this id (the message beside the field). */
    private static String fieldErrorAfter(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>\\s*<span class=\"field-error\"[^>]*>([^<]*)<").matcher(html);
        return m.find() ? m.group(1) : "";
    }

    private static int count(String html, String needle) {
        int n = 0;
        for (int at = html.indexOf(needle); at >= 0; at = html.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }

    private static void waitFor(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
