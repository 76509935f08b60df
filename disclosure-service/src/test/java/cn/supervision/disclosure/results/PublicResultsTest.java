package cn.supervision.disclosure.results;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import cn.supervision.disclosure.DisclosureIntegrationTest;
import cn.supervision.disclosure.results.domain.ItemResult;
import cn.supervision.disclosure.results.domain.PublicResult;
import cn.supervision.disclosure.results.domain.ResultCategory;
import cn.supervision.testsupport.Contracts;
import cn.supervision.testsupport.Http;
import cn.supervision.testsupport.TopicReader;
import cn.supervision.testsupport.TopicWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@DisclosureIntegrationTest
class PublicResultsTest {

    static final String TOPIC = "inspection.results";
    static final String COMPLETED = "inspection.InspectionCompleted.v1";
    static final String VIOLATION = "inspection.ViolationFound.v1";
    static final String EXAMPLE_OBJECT = "91350100M000100Y43";
    static final String EXAMPLE_NAME = "开封市龙亭区示例建筑工程有限公司";

    @LocalServerPort
    int port;

    @Autowired
    java.time.Clock clock;

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** The contract's example, moved to a task and object of this test so that tests sharing the broker never collide. */
    static String completed(String taskId, String objectId, String name) {
        return Contracts.example(COMPLETED).replace("LT-2026-001", taskId).replace(EXAMPLE_OBJECT, objectId).replace(EXAMPLE_NAME, name);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Polls {@code path} until its answer satisfies {@code done}; fails after 30 s with the last answer. */
    Http.Response awaitGet(String path, Predicate<Http.Response> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Http.Response last = null;
        while (System.nanoTime() < deadline) {
            last = Http.get(url(path));
            if (done.test(last)) {
                return last;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("GET " + path + " did not reach the expected state within 30 s; last answer: "
                + (last == null ? "none" : last.status() + " " + last.body()));
    }

    Http.Response awaitEnterprise(String objectId) {
        return awaitGet("/public/enterprises/" + encode(objectId), r -> r.status() == 200);
    }

    @Test
    void publishesAnApprovedInspectionWithCategoriesAndTheWorkingDayDeadline() {
        String id = unique();
        String objectId = "OBJ-" + id;
        String taskId = "T-" + id;
        TopicWriter.send(TOPIC, objectId, COMPLETED, "ev-" + id, completed(taskId, objectId, "龙亭区公示甲建筑有限公司" + id));

        JsonNode page = awaitEnterprise(objectId).json();
        assertThat(page.get("objectId").asString()).isEqualTo(objectId);
        assertThat(page.get("name").asString()).isEqualTo("龙亭区公示甲建筑有限公司" + id);
        assertThat(page.get("results")).hasSize(1);
        JsonNode result = page.get("results").get(0);
        assertThat(result.get("inspectionId").asString()).isEqualTo(taskId + "/" + objectId);
        assertThat(result.get("taskId").asString()).isEqualTo(taskId);
        assertThat(result.get("taskName").asString()).isEqualTo("2026年第一批建筑市场与质量安全联合抽查");
        assertThat(result.get("taskType").asString()).isEqualTo("RANDOM");
        assertThat(result.get("uscc").asString()).isEqualTo(objectId);
        assertThat(result.get("departments").get(0).asString()).isEqualTo("housing-market");
        assertThat(result.get("items").get(0).get("category").asString()).isEqualTo("1");
        assertThat(result.get("items").get(0).get("categoryName").asString()).isEqualTo("未发现问题");
        assertThat(result.get("items").get(1).get("checkItem").asString()).isEqualTo("ZA-001");
        assertThat(result.get("items").get(1).get("category").asString()).isEqualTo("A");
        assertThat(result.get("items").get(1).get("categoryName").asString()).isEqualTo("发现问题待后续处理");
        assertThat(result.get("resultDate").asString()).isEqualTo("2026-03-23");
        // 20 working days from 2026-03-24; Qingming 04-04..04-06 (Sat–Mon) is off
        assertThat(result.get("disclosureDeadline").asString()).isEqualTo("2026-04-21");
        assertThat(result.get("deadlineUnknown").asBoolean()).isFalse();
        assertThat(result.get("publishedOn").asString()).isEqualTo(LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).toString());
        assertThat(result.get("sourceEventId").asString()).as("every public record names its source event").isEqualTo("ev-" + id);
        assertThat(result.has("methods")).isFalse();

        assertThat(Http.get(url("/actuator/prometheus")).body()).contains("supervision_disclosure_results_published_total")
                .contains("taskType=\"RANDOM\"");
    }

    @Test
    void publishesWithoutADeadlineWhenTheCountReachesAYearWithoutANotice() {
        String id = unique();
        String objectId = "OBJ-" + id;
        String body = completed("T-" + id, objectId, "龙亭区年末乙物业有限公司" + id).replace("\"resultDate\": \"2026-03-23\"",
                "\"resultDate\": \"2026-12-18\"");
        TopicWriter.send(TOPIC, objectId, COMPLETED, "ev-" + id, body);

        JsonNode result = awaitEnterprise(objectId).json().get("results").get(0);
        assertThat(result.get("resultDate").asString()).isEqualTo("2026-12-18");
        assertThat(result.get("disclosureDeadline").isNull()).isTrue();
        assertThat(result.get("deadlineUnknown").asBoolean()).isTrue();
    }

    @Test
    void aRedeliveredEventAndARepeatedInspectionLeaveOnePublicResult() {
        String id = unique();
        String objectId = "OBJ-" + id;
        String body = completed("T-" + id, objectId, "龙亭区重投丙建筑有限公司" + id);
        TopicWriter.send(TOPIC, objectId, COMPLETED, "ev-" + id, body);
        TopicWriter.send(TOPIC, objectId, COMPLETED, "ev-" + id, body);
        TopicWriter.send(TOPIC, objectId, COMPLETED, "ev-" + id + "-again", body.replace("施工安全：发现问题待后续处理", "施工安全：已更正"));

        JsonNode page = awaitGet("/public/enterprises/" + objectId,
                r -> r.status() == 200 && r.body().contains("施工安全：已更正")).json();
        assertThat(page.get("results")).hasSize(1);
        JsonNode search = Http.get(url("/public/results?taskId=T-" + id)).json();
        assertThat(search.get("total").asLong()).isEqualTo(1);
        assertThat(search.get("items")).hasSize(1);
    }

    @Test
    void theStoreKeysAResultByInspectionSoThatRepeatingTheWriteChangesNothing(@Autowired PublicResults store) {
        // the inbox and the effect are two writes: after a crash between them the effect runs again and must change nothing
        String id = unique();
        PublicResult first = new PublicResult("I-" + id, "T-" + id, "任务", "RANDOM", "OBJ-" + id, null, "龙亭区直写辛建筑有限公司", List.of(),
                List.of(ItemResult.of("housing-market", "JZ-001", ResultCategory.NO_PROBLEM)), "", LocalDate.parse("2026-03-20"),
                LocalDate.parse("2026-03-23"), LocalDate.parse("2026-03-24"), LocalDate.parse("2026-04-21"), false, "ev-1", PublicResult.INSPECTION);
        assertThat(store.upsert(first)).isTrue();
        PublicResult again = new PublicResult(first.inspectionId(), first.taskId(), first.taskName(), first.taskType(), first.objectId(),
                null, first.objectName(), List.of(), first.items(), "更正", first.inspectedOn(), first.resultDate(),
                LocalDate.parse("2026-03-30"), first.disclosureDeadline(), false, "ev-2", PublicResult.INSPECTION);
        assertThat(store.upsert(again)).isFalse();
        assertThat(store.ofObject("OBJ-" + id)).singleElement().satisfies(stored -> {
            assertThat(stored.publicSummary()).isEqualTo("更正");
            assertThat(stored.publishedOn()).as("first publication day kept").isEqualTo(LocalDate.parse("2026-03-24"));
            assertThat(stored.sourceEventId()).isEqualTo("ev-2");
        });
        // the search index rebuilt from the store (as at start-up) finds it by name and task, once
        store.rebuildIndex();
        assertThat(store.page(ResultSearch.parse(null, "直写辛建筑", "T-" + id, null, null, null, null, null, null, null)).items())
                .singleElement().satisfies(view -> assertThat(view.publicSummary()).isEqualTo("更正"));
    }

    @Test
    void searchesByPartialChineseNameUsccAndTaskTakingRegexCharactersLiterally() {
        String id = unique();
        String taskId = "T-" + id;
        String group = "OBJ-" + id + "-A";
        String plain = "OBJ-" + id + "-B";
        TopicWriter.send(TOPIC, group, COMPLETED, "ev-" + id + "-A", completed(taskId, group, "龙亭区" + id + "丁建筑(集团).*有限公司"));
        TopicWriter.send(TOPIC, plain, COMPLETED, "ev-" + id + "-B", completed(taskId, plain, "龙亭区" + id + "戊物业服务有限公司"));
        awaitEnterprise(group);
        awaitEnterprise(plain);

        JsonNode byName = Http.get(url("/public/results?name=" + encode(id + "丁建筑"))).json();
        assertThat(byName.get("total").asLong()).isEqualTo(1);
        assertThat(byName.get("items").get(0).get("objectId").asString()).isEqualTo(group);

        assertThat(Http.get(url("/public/results?name=" + encode(id))).json().get("total").asLong()).isEqualTo(2);
        assertThat(Http.get(url("/public/results?name=" + encode("物业服务") + "&taskId=" + taskId)).json().get("items").get(0)
                .get("objectId").asString()).isEqualTo(plain);

        Http.Response bySpecials = Http.get(url("/public/results?name=" + encode(id + "丁建筑(集团).*")));
        assertThat(bySpecials.status()).isEqualTo(200);
        assertThat(bySpecials.json().get("total").asLong()).isEqualTo(1);
        Http.Response wildcard = Http.get(url("/public/results?name=" + encode(id + ".*")));
        assertThat(wildcard.status()).isEqualTo(200);
        assertThat(wildcard.json().get("total").asLong()).as("'.*' is not a wildcard").isZero();
        for (String odd : new String[] {"(", "[", "\\", "\\E", "*", "?", "$^|{"}) {
            Http.Response response = Http.get(url("/public/results?name=" + encode(odd)));
            assertThat(response.status()).as(odd).isEqualTo(200);
        }
        assertThat(Http.get(url("/public/results?name=" + encode("(集团)"))).json().get("items").findValuesAsString("objectId"))
                .contains(group).doesNotContain(plain);

        JsonNode byUscc = Http.get(url("/public/results?uscc=" + plain.toLowerCase())).json();
        assertThat(byUscc.get("total").asLong()).isEqualTo(1);
        assertThat(byUscc.get("items").get(0).get("objectName").asString()).isEqualTo("龙亭区" + id + "戊物业服务有限公司");

        JsonNode byTask = Http.get(url("/public/results?taskId=" + taskId + "&size=1&page=1")).json();
        assertThat(byTask.get("total").asLong()).isEqualTo(2);
        assertThat(byTask.get("items")).hasSize(1);
        assertThat(byTask.get("page").asInt()).isEqualTo(1);
        assertThat(Http.get(url("/public/results?taskId=" + taskId + "&page=5")).json().get("items")).isEmpty();
    }

    @Test
    void refusesBadPagingAsProblemJsonNamingTheParameterAndCapsTheSize() {
        Http.Response negative = Http.get(url("/public/results?page=-1"));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.contentType()).startsWith("application/problem+json");
        assertThat(negative.json().get("errors").get(0).get("field").asString()).isEqualTo("page");

        Http.Response notANumber = Http.get(url("/public/results?page=abc"));
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.contentType()).startsWith("application/problem+json");
        assertThat(notANumber.json().get("errors").get(0).get("field").asString()).isEqualTo("page");

        Http.Response zero = Http.get(url("/public/results?size=0"));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.json().get("errors").get(0).get("field").asString()).isEqualTo("size");

        Http.Response badSize = Http.get(url("/public/results?size=lots"));
        assertThat(badSize.status()).isEqualTo(400);
        assertThat(badSize.json().get("errors").get(0).get("field").asString()).isEqualTo("size");
        assertThat(badSize.body()).doesNotContain("Exception");

        Http.Response huge = Http.get(url("/public/results?size=100000"));
        assertThat(huge.status()).isEqualTo(200);
        assertThat(huge.json().get("size").asInt()).isEqualTo(100);

        Http.Response longName = Http.get(url("/public/results?name=" + "名".repeat(101)));
        assertThat(longName.status()).isEqualTo(400);
        assertThat(longName.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
    }

    @Test
    void anUnknownEnterpriseIsNotFound() {
        Http.Response missing = Http.get(url("/public/enterprises/NOBODY-" + unique()));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }

    @Test
    void violationsAreNotShownPublicly() {
        String id = unique();
        String objectId = "OBJ-" + id;
        String violation = Contracts.example(VIOLATION).replace("LT-2026-001", "T-" + id).replace(EXAMPLE_OBJECT, objectId);
        TopicWriter.send(TOPIC, objectId, VIOLATION, "ev-" + id + "-V", violation);
        TopicWriter.send(TOPIC, objectId, COMPLETED, "ev-" + id + "-C", completed("T-" + id, objectId, "龙亭区违法己建筑有限公司" + id));

        Http.Response page = awaitEnterprise(objectId);
        assertThat(page.json().get("results")).hasSize(1);
        assertThat(page.body()).doesNotContain("建设工程安全生产管理条例").doesNotContain("RECTIFICATION_ORDER");
    }

    @Test
    void aMalformedEventGoesToTheDeadLetterTopicAndTheNextOneIsStillApplied() {
        String id = unique();
        String objectId = "OBJ-" + id;
        TopicWriter.sendRaw(TOPIC, objectId, "{not json", "ce_id", "ev-" + id + "-poison", "ce_type", COMPLETED, "ce_source", "/test",
                "ce_specversion", "1.0", "ce_subject", objectId, "content-type", "application/json");
        TopicWriter.sendRaw(TOPIC, objectId, "{\"inspectionId\": \"no envelope\"}");
        TopicWriter.send(TOPIC, objectId, COMPLETED, "ev-" + id + "-good", completed("T-" + id, objectId, "龙亭区毒消息庚建筑有限公司" + id));

        assertThat(awaitEnterprise(objectId).json().get("results")).hasSize(1);
        TopicReader.readUntil("inspection.results.disclosure-service.dlq", r -> ("ev-" + id + "-poison").equals(r.header("ce_id")),
                Duration.ofSeconds(30));
    }

    @Test
    void aPublicSearchIsTimedAndTracedButNotObservedFilterByFilter(@Autowired io.micrometer.core.instrument.MeterRegistry meters) {
        assertThat(Http.get(url("/public/results?name=" + URLEncoder.encode("观测计量", StandardCharsets.UTF_8))).status()).isEqualTo(200);

        assertThat(meters.find("http.server.requests").tag("uri", "/public/results").timer()).isNotNull();
        assertThat(meters.find("supervision.disclosure.search.latency").tag("by", "name").timer().count()).isPositive();
        // one observation per security filter cost more CPU than the rest of a public search (docs/disclosure-service.md)
        assertThat(meters.find("spring.security.filterchains").meters()).isEmpty();
        assertThat(meters.find("spring.security.authorizations").meters()).isEmpty();
    }

    @Test
    void isHealthyAndDocumentsItsPublicApi() {
        Http.Response health = Http.get(url("/actuator/health"));
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        JsonNode paths = Http.get(url("/v3/api-docs")).json().get("paths");
        assertThat(paths.has("/public/results")).isTrue();
        assertThat(paths.has("/public/enterprises/{objectId}")).isTrue();
    }
}
