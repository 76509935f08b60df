package cn.supervision.disclosure.tasks;

import java.time.Duration;

import cn.supervision.disclosure.DisclosureIntegrationTest;
import cn.supervision.disclosure.TestEvents;
import cn.supervision.testsupport.Http;
import cn.supervision.testsupport.TopicWriter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static cn.supervision.disclosure.TestEvents.encode;
import static cn.supervision.disclosure.TestEvents.example;
import static cn.supervision.disclosure.TestEvents.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** The public record beyond results: tasks, commitments, drawn lists, refusals, credit lists, check items — and what is never shown. */
@DisclosureIntegrationTest
class PublicRecordTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    Http.Response await(String path, java.util.function.Predicate<Http.Response> done) {
        return TestEvents.awaitGet(url(path), done, WAIT);
    }

    @Test
    void aTaskIsAnnouncedCommittedAndDrawnWithItsSourceEventsAndNoInspectors() {
        String id = unique();
        String taskId = "T-" + id;
        String objectId = "OBJ-" + id;
        TopicWriter.send("sampling.tasks", taskId, "sampling.TaskPublished.v1", "ev-" + id + "-task", example("sampling.TaskPublished.v1", taskId, objectId, ""));
        TopicWriter.send("sampling.tasks", taskId, "sampling.DrawCommitted.v1", "ev-" + id + "-commit",
                example("sampling.DrawCommitted.v1", taskId, objectId, ""));
        TopicWriter.send("sampling.draws", objectId, "sampling.SampleDrawn.v1", "ev-" + id + "-drawn",
                example("sampling.SampleDrawn.v1", taskId, objectId, "龙亭区抽中甲建筑有限公司" + id));

        JsonNode task = await("/public/tasks/" + taskId, r -> r.status() == 200 && r.json().get("drawnCount").asLong() == 1
                && !r.json().get("commitments").isEmpty()).json();
        assertThat(task.get("name").asString()).isEqualTo("2026年第一批建筑市场与质量安全联合抽查");
        assertThat(task.get("random").asBoolean()).isTrue();
        assertThat(task.get("sourceEventId").asString()).isEqualTo("ev-" + id + "-task");
        assertThat(task.get("entropySource").asString()).isEqualTo("the numbers read out by the witnesses at the draw");
        JsonNode commitment = task.get("commitments").get(0);
        assertThat(commitment.get("commitment").asString()).isEqualTo("4e46cd9e8c5d32822d274a39a545c40ed26ff1fc36a32eb618f0d5a9f607fa7a");
        assertThat(commitment.get("sourceEventId").asString()).isEqualTo("ev-" + id + "-commit");
        assertThat(task.get("drawnListPublished").asBoolean()).isTrue();
        JsonNode drawn = task.get("drawn").get(0);
        assertThat(drawn.get("objectName").asString()).isEqualTo("龙亭区抽中甲建筑有限公司" + id);
        assertThat(drawn.get("random").asBoolean()).isTrue();
        assertThat(drawn.get("sourceEventId").asString()).isEqualTo("ev-" + id + "-drawn");
        assertThat(task.get("transcriptUrl").asString()).isEqualTo("http://sampling.example.test/tasks/" + taskId + "/transcript");
        assertThat(task.get("wasIDrawnUrl").asString()).isEqualTo("http://sampling.example.test/public/tasks/" + taskId + "/was-i-drawn");

        Http.Response page = Http.get(url("/public/tasks/" + taskId));
        assertThat(page.body()).as("inspectors are never public").doesNotContain("张伟").doesNotContain("LT-JZSC-001").doesNotContain("李娜");
        JsonNode enterprise = await("/public/enterprises/" + objectId, r -> r.status() == 200).json();
        assertThat(enterprise.get("draws").get(0).get("taskId").asString()).isEqualTo(taskId);
        assertThat(enterprise.get("results")).isEmpty();
    }

    @Test
    void aTaskWhoseRuleKeepsTheDrawnListUnpublishedShowsNobodyAndFollowUpsAreMarkedNonRandom() {
        String id = unique();
        String hidden = "T-" + id + "-H";
        String objectId = "OBJ-" + id;
        String announcement = example("sampling.TaskPublished.v1", hidden, objectId, "").replace("\"publishDrawnList\": true",
                "\"publishDrawnList\": false");
        assertThat(announcement).contains("\"publishDrawnList\": false");
        TopicWriter.send("sampling.tasks", hidden, "sampling.TaskPublished.v1", "ev-" + id + "-h", announcement);
        await("/public/tasks/" + hidden, r -> r.status() == 200);
        TopicWriter.send("sampling.draws", objectId, "sampling.SampleDrawn.v1", "ev-" + id + "-hd",
                example("sampling.SampleDrawn.v1", hidden, objectId, "龙亭区保密乙建筑有限公司" + id));

        String followUp = "T-" + id + "-F";
        String followObject = "OBJ-" + id + "-F";
        TopicWriter.send("sampling.tasks", followUp, "sampling.TaskPublished.v1", "ev-" + id + "-f",
                example("sampling.TaskPublished.v1", followUp, followObject, "").replace("\"taskType\": \"RANDOM\"", "\"taskType\": \"FOLLOW_UP\""));
        // same key as the hidden draw: one partition, so once the follow-up is visible the hidden one was applied
        TopicWriter.send("sampling.draws", objectId, "sampling.SampleDrawn.v1", "ev-" + id + "-fd",
                example("sampling.SampleDrawn.v1", followUp, followObject, "龙亭区定向丙建筑有限公司" + id)
                        .replace("\"taskType\": \"RANDOM\"", "\"taskType\": \"FOLLOW_UP\"").replaceAll("\"rank\": \"[0-9a-f]+\"", "\"rank\": null"));

        JsonNode follow = await("/public/tasks/" + followUp, r -> r.status() == 200 && r.json().get("drawnCount").asLong() == 1).json();
        assertThat(follow.get("random").asBoolean()).isFalse();
        assertThat(follow.get("drawn").get(0).get("random").asBoolean()).isFalse();
        assertThat(Http.get(url("/tasks/" + followUp)).body()).contains("定向检查（非随机）");

        JsonNode hiddenTask = Http.get(url("/public/tasks/" + hidden)).json();
        assertThat(hiddenTask.get("drawnListPublished").asBoolean()).as(hiddenTask.toString()).isFalse();
        assertThat(hiddenTask.get("drawn")).isEmpty();
        assertThat(Http.get(url("/public/enterprises/" + objectId)).status()).as("no public trace of a hidden draw").isEqualTo(404);
        assertThat(Http.get(url("/tasks/" + hidden)).body()).contains("抽取名单暂不公开").doesNotContain("龙亭区保密乙建筑有限公司");
    }

    @Test
    void anUnknownTaskIsNotFoundAsProblemJson() {
        Http.Response missing = Http.get(url("/public/tasks/NO-SUCH-TASK-" + unique()));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        Http.Response page = Http.get(url("/tasks/NO-SUCH-TASK-" + unique()));
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("未找到抽查任务");
    }

    @Test
    void aRefusalIsPublishedAsAResultOfItsOwnWithIdNumbersRedacted() {
        String id = unique();
        String objectId = "OBJ-" + id;
        String refusal = example("inspection.InspectionRefused.v1", "T-" + id, objectId, "龙亭区拒检丁建筑有限公司" + id)
                .replace("负责人拒绝检查人员进入施工现场", "负责人王五（身份证410102198001011234，手机13812345678）拒绝检查人员进入施工现场");
        TopicWriter.send("inspection.results", objectId, "inspection.InspectionRefused.v1", "ev-" + id + "-r", refusal);
        TopicWriter.send("inspection.results", objectId, "inspection.CriminalReferralMade.v1", "ev-" + id + "-cr",
                example("inspection.CriminalReferralMade.v1", "T-" + id, objectId, "龙亭区拒检丁建筑有限公司" + id));

        JsonNode result = await("/public/enterprises/" + objectId, r -> r.status() == 200).json().get("results").get(0);
        assertThat(result.get("kind").asString()).isEqualTo("REFUSAL");
        assertThat(result.get("items").get(0).get("category").asString()).isEqualTo("8");
        assertThat(result.get("items").get(0).get("categoryName").asString()).isEqualTo("不配合检查情节严重");
        assertThat(result.get("publicSummary").asString()).contains("拒绝检查人员进入施工现场").doesNotContain("410102198001011234")
                .doesNotContain("13812345678");
        assertThat(result.get("disclosureDeadline").asString()).isEqualTo("2026-04-21");
        assertThat(result.get("sourceEventId").asString()).isEqualTo("ev-" + id + "-r");
        assertThat(Http.get(url("/public/results?kind=REFUSAL&uscc=" + objectId)).json().get("total").asLong()).isEqualTo(1);
        assertThat(Http.get(url("/public/results?kind=INSPECTION&uscc=" + objectId)).json().get("total").asLong()).isZero();
        assertThat(Http.get(url("/public/enterprises/" + objectId)).body()).doesNotContain("公安").doesNotContain("referral");
    }

    @Test
    void creditListChangesArePublicOnlyWhenTheirRulePublishesThem() {
        String id = unique();
        String shown = "OBJ-" + id + "-S";
        String quiet = "OBJ-" + id + "-Q";
        TopicWriter.send("credit.records", quiet, "credit.CreditListChanged.v1", "ev-" + id + "-q",
                example("credit.CreditListChanged.v1", "T", quiet, "龙亭区不公示戊有限公司").replace("\"publish\": true", "\"publish\": false"));
        TopicWriter.send("credit.records", shown, "credit.CreditListChanged.v1", "ev-" + id + "-s",
                example("credit.CreditListChanged.v1", "T", shown, "龙亭区名单己有限公司" + id));
        JsonNode page = await("/public/enterprises/" + shown, r -> r.status() == 200).json();
        JsonNode change = page.get("creditListChanges").get(0);
        assertThat(change.get("list").asString()).isEqualTo("ABNORMAL_OPERATIONS");
        assertThat(change.get("change").asString()).isEqualTo("ENTERED");
        assertThat(change.get("sourceEventId").asString()).isEqualTo("ev-" + id + "-s");
        assertThat(page.get("name").asString()).isEqualTo("龙亭区名单己有限公司" + id);
        assertThat(Http.get(url("/enterprises/" + shown)).body()).contains("列入经营异常名录");
        assertThat(Http.get(url("/public/enterprises/" + quiet)).status()).isEqualTo(404);
    }

    @Test
    void theCheckItemListFollowsRegistryAndAnOldChangeCannotBringBackARetiredItem() {
        String id = unique();
        String code = "JZ-" + id;
        String active = example("registry.CheckItemChanged.v1", "T", "O", "").replace("\"JZ-001\"", "\"" + code + "\"");
        String retired = active.replace("\"status\": \"ACTIVE\"", "\"status\": \"RETIRED\"");
        java.time.Instant now = java.time.Instant.now();
        TopicWriter.send("registry.check-items", code, "registry.CheckItemChanged.v1", "ev-" + id + "-1", active, now.minusSeconds(60));
        await("/public/check-items", r -> r.body().contains(code));
        JsonNode item = java.util.stream.StreamSupport.stream(Http.get(url("/public/check-items")).json().spliterator(), false)
                .filter(n -> code.equals(n.get("code").asString())).findFirst().orElseThrow();
        assertThat(item.get("legalBasis").asString()).isEqualTo("《建筑业企业资质管理规定》第三十五条");
        assertThat(item.get("sourceEventId").asString()).isEqualTo("ev-" + id + "-1");

        TopicWriter.send("registry.check-items", code, "registry.CheckItemChanged.v1", "ev-" + id + "-2", retired, now);
        await("/public/check-items", r -> !r.body().contains(code));
        TopicWriter.send("registry.check-items", code, "registry.CheckItemChanged.v1", "ev-" + id + "-old", active, now.minusSeconds(30));
        TestEvents.sleep(1500);
        assertThat(Http.get(url("/public/check-items")).body()).doesNotContain(code);
        assertThat(Http.get(url("/public/check-items?all=true")).body()).contains(code);
    }

    @Test
    void searchesByDepartmentCategoryAndDateRangeAndRefusesBadCriteria() {
        String id = unique();
        String objectId = "OBJ-" + id;
        TopicWriter.send("inspection.results", objectId, "inspection.InspectionCompleted.v1", "ev-" + id,
                example("inspection.InspectionCompleted.v1", "T-" + id, objectId, "龙亭区检索庚建筑有限公司" + id));
        await("/public/enterprises/" + objectId, r -> r.status() == 200);
        String base = "/public/results?taskId=T-" + id;
        assertThat(Http.get(url(base + "&department=quality-safety&category=A&from=2026-03-01&to=2026-03-31")).json().get("total").asLong())
                .isEqualTo(1);
        assertThat(Http.get(url(base + "&department=fire-safety")).json().get("total").asLong()).isZero();
        assertThat(Http.get(url(base + "&category=E")).json().get("total").asLong()).isZero();
        assertThat(Http.get(url(base + "&from=2026-03-24")).json().get("total").asLong()).isZero();

        Http.Response badDate = Http.get(url("/public/results?from=2026-13-01"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("errors").get(0).get("field").asString()).isEqualTo("from");
        Http.Response reversed = Http.get(url("/public/results?from=2026-04-01&to=2026-03-01"));
        assertThat(reversed.status()).isEqualTo(400);
        Http.Response category = Http.get(url("/public/results?category=" + encode("{$ne: 1}")));
        assertThat(category.status()).isEqualTo(400);
        assertThat(category.json().get("errors").get(0).get("field").asString()).isEqualTo("category");
        Http.Response operator = Http.get(url("/public/results?uscc=" + encode("{\"$gt\": \"\"}")));
        assertThat(operator.status()).isEqualTo(200);
        assertThat(operator.json().get("total").asLong()).as("an operator is just text").isZero();
        Http.Response sql = Http.get(url("/public/results?name=" + encode("' OR 1=1 --")));
        assertThat(sql.status()).isEqualTo(200);
        assertThat(sql.json().get("total").asLong()).isZero();
        assertThat(Http.get(url("/public/results?page=100001")).status()).isEqualTo(400);
    }

    @Test
    void aScraperIsRateLimitedWithProblemJsonWhileStaffPathsAreNot() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.util.List<java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<String>>> burst = new java.util.ArrayList<>();
        for (int i = 0; i < 900; i++) {
            burst.add(client.sendAsync(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/public/calendar"))).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()));
        }
        long limited = 0;
        String problem = null;
        for (var response : burst) {
            java.net.http.HttpResponse<String> r = response.get();
            if (r.statusCode() == 429) {
                limited++;
                problem = r.headers().firstValue("Content-Type").orElse("") + " " + r.headers().firstValue("Retry-After").orElse("");
            }
        }
        assertThat(limited).isPositive();
        assertThat(problem).startsWith("application/problem+json").endsWith("1");
        assertThat(Http.get(url("/actuator/health")).status()).isEqualTo(200);
        TestEvents.sleep(1100);
        assertThat(Http.get(url("/public/calendar")).status()).as("the limit refills").isEqualTo(200);
        assertThat(Http.get(url("/actuator/prometheus")).body()).contains("supervision_public_rejected_total");
    }
}
