package cn.supervision.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import cn.supervision.testsupport.Eventually;
import cn.supervision.testsupport.Http;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives real inspection results through the platform, every step a REST call a clerk would make: objects registered
 * (一单两库), a joint random task frozen and drawn (100 % of the batch), both departments' results entered (one with a
 * violation) and approved. Each batch is isolated by its own industry, so batches of different tests never mix.
 */
final class InspectionFlow {

    static final Duration WAIT = Duration.ofSeconds(90);
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final AtomicInteger nextObject = new AtomicInteger(1);
    private static boolean referenceDataLoaded;

    /** A drawn object with its two inspectors. */
    record Drawn(String objectId, String housingInspector, String safetyInspector) {
    }

    /** One batch: its task and the objects drawn for it. */
    record Batch(String taskId, List<String> objects, List<Drawn> drawn) {
    }

    private final ReliabilityPlatform platform;

    InspectionFlow(ReliabilityPlatform platform) {
        this.platform = platform;
    }

    /** A valid USCC (GB 32100-2015 check character) for the n-th test object. */
    static String uscc(int n) {
        String body = "914102020" + String.format("%08d", 52_000_000 + n * 7919L % 40_000_000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(body.charAt(i)) * WEIGHTS[i];
        }
        return body + ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** Check items of two departments and six inspectors each, once per platform. */
    synchronized void referenceData() {
        if (referenceDataLoaded) {
            return;
        }
        created(Http.post(platform.url(Svc.REGISTRY, "/check-items"), """
                {"code": "REL-JZ", "name": "建筑业企业资质情况检查", "legalBasis": "《建筑业企业资质管理规定》第三十五条", "department": "housing-market",
                 "objectType": "ENTERPRISE", "content": "资质", "methods": ["ON_SITE"], "kind": "GENERAL"}"""));
        created(Http.post(platform.url(Svc.REGISTRY, "/check-items"), """
                {"code": "REL-ZA", "name": "建设工程质量安全检查", "legalBasis": "《建设工程安全生产管理条例》第四十条", "department": "quality-safety",
                 "objectType": "ENTERPRISE", "content": "安全", "methods": ["ON_SITE"], "kind": "KEY"}"""));
        for (int i = 1; i <= 6; i++) {
            for (String department : List.of("housing-market", "quality-safety")) {
                String certificate = (department.startsWith("housing") ? "REL-HM-" : "REL-QS-") + i;
                created(Http.post(platform.url(Svc.REGISTRY, "/inspectors"), """
                        {"certificateNumber": "%s", "name": "检查员%s", "department": "%s", "qualifications": ["ENTERPRISE"], "region": "410202",
                         "idNumber": "41020219800101123X", "phone": "13800000000"}""".formatted(certificate, certificate, department)));
            }
        }
        Eventually.get("sampling knows the reference data", WAIT,
                () -> Http.get(platform.url(Svc.SAMPLING, "/population/inspectors/REL-QS-6")).status() == 200
                        && Http.get(platform.url(Svc.SAMPLING, "/population/check-items/REL-ZA")).status() == 200 ? true : null);
        referenceDataLoaded = true;
    }

    /** Registers {@code n} new objects tagged for this batch and waits until sampling's read model holds them. */
    List<String> register(String batch, int n) {
        referenceData();
        List<String> objects = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String uscc = uscc(nextObject.getAndIncrement());
            objects.add(uscc);
            created(Http.post(platform.url(Svc.REGISTRY, "/objects"), """
                    {"uscc": "%s", "name": "开封市龙亭区可靠性测试第%s建筑有限公司", "type": "ENTERPRISE", "industry": "%s", "region": "410202",
                     "address": "龙亭区", "supervisingDepartments": ["housing-market", "quality-safety"]}"""
                    .formatted(uscc, uscc.substring(10), industry(batch))));
        }
        String last = objects.get(objects.size() - 1);
        Eventually.get("sampling's read model holds batch " + batch, WAIT,
                () -> Http.get(platform.url(Svc.SAMPLING, "/population/objects/" + last)).status() == 200 ? true : null);
        return objects;
    }

    /** A joint task over the batch's objects (ratio 100 %), frozen and drawn; returns who was drawn. */
    Batch draw(String batch, List<String> objects) {
        String taskId = "REL-" + batch;
        created(Http.post(platform.url(Svc.SAMPLING, "/tasks"), """
                {"taskId": "%s", "name": "可靠性测试联合抽查 %s", "initiatingDepartment": "housing-market", "objectTypes": ["ENTERPRISE"],
                 "filters": {"industries": ["%s"]},
                 "checkItems": [{"department": "housing-market", "code": "REL-JZ"}, {"department": "quality-safety", "code": "REL-ZA"}],
                 "strata": [{"name": "all", "ratioBp": 10000}],
                 "teams": [{"department": "housing-market", "count": 1}, {"department": "quality-safety", "count": 1}],
                 "entropySource": "numbers read out by two witnesses", "dueDate": "2026-12-31"}""".formatted(taskId, batch, industry(batch))));
        Http.Response frozen = Http.post(platform.url(Svc.SAMPLING, "/tasks/" + taskId + "/freeze"), "{}");
        assertThat(frozen.status()).as(frozen.body()).isEqualTo(200);
        Http.Response drawn = Http.post(platform.url(Svc.SAMPLING, "/tasks/" + taskId + "/draw"), "{\"publicEntropy\": \"07 19 33 41 02\"}");
        assertThat(drawn.status()).as(drawn.body()).isEqualTo(200);
        JsonNode selected = Http.parse(Http.get(platform.url(Svc.SAMPLING, "/tasks/" + taskId + "/transcript")).body()).get("result").get("selected");
        List<Drawn> result = new ArrayList<>();
        for (JsonNode s : selected) {
            String hm = null;
            String qs = null;
            for (JsonNode inspector : s.get("inspectors")) {
                if (inspector.asString().startsWith("REL-HM")) {
                    hm = inspector.asString();
                } else {
                    qs = inspector.asString();
                }
            }
            result.add(new Drawn(s.get("objectId").asString(), hm, qs));
        }
        assertThat(result).as("every object of the batch drawn").hasSize(objects.size());
        return new Batch(taskId, objects, result);
    }

    /** Waits until inspection opened a record for every drawn object of the batch. */
    void awaitRecords(Batch batch) {
        for (Drawn d : batch.drawn()) {
            String record = "/inspections/" + batch.taskId() + "/" + d.objectId();
            Eventually.get("inspection record " + record, WAIT, () -> Http.get(platform.url(Svc.INSPECTION, record)).status() == 200 ? true : null);
        }
    }

    /** Waits for inspection's record of a drawn object, enters both results (one violation) and approves it. */
    void inspectAndApprove(Batch batch, Drawn drawn) {
        String record = "/inspections/" + batch.taskId() + "/" + drawn.objectId();
        Eventually.get("inspection record " + record, WAIT, () -> Http.get(platform.url(Svc.INSPECTION, record)).status() == 200 ? true : null);
        ok(Http.put(platform.url(Svc.INSPECTION, record + "/results"), """
                {"inspectorId": "%s", "items": [{"checkItem": "REL-JZ", "category": "1", "methods": ["ON_SITE"], "findings": "资质齐全"}]}"""
                .formatted(drawn.housingInspector())));
        ok(Http.put(platform.url(Svc.INSPECTION, record + "/results"), """
                {"inspectorId": "%s", "items": [{"checkItem": "REL-ZA", "category": "A", "methods": ["ON_SITE"], "findings": "脚手架未设防护栏",
                  "violation": {"legalProvision": "《建设工程安全生产管理条例》第六十五条", "severity": "GENERAL",
                                "measure": "RECTIFICATION_ORDER", "rectificationDeadline": "2026-12-20"}}]}""".formatted(drawn.safetyInspector())));
        ok(Http.post(platform.url(Svc.INSPECTION, record + "/review"), "{\"reviewerId\": \"REVIEWER-1\", \"decision\": \"APPROVE\"}"));
    }

    /** The whole flow for a batch of {@code n} objects, up to the approvals. */
    Batch run(String batch, int n) {
        Batch drawn = draw(batch, register(batch, n));
        drawn.drawn().forEach(d -> inspectAndApprove(drawn, d));
        return drawn;
    }

    /**
     * End-to-end counts of a batch, compared exactly: results approved (inspection) = public records (disclosure) =
     * credit files with exactly one result entry and one violation entry (credit).
     */
    void assertEveryEffectExactlyOnce(Batch batch) {
        for (Drawn d : batch.drawn()) {
            Eventually.get("public record and credit entries of " + d.objectId(), WAIT, () -> {
                JsonNode items = Http.get(platform.url(Svc.DISCLOSURE, "/public/results?uscc=" + d.objectId())).json().get("items");
                Http.Response file = Http.get(platform.url(Svc.CREDIT, "/credit-files/" + d.objectId()));
                return items != null && items.size() >= 1 && file.status() == 200 && file.json().get("entries").size() >= 2 ? true : null;
            });
        }
        // every effect has had time to arrive; now count exactly
        platform.awaitQuiet();
        int approved = 0;
        int published = 0;
        int results = 0;
        int violations = 0;
        for (Drawn d : batch.drawn()) {
            JsonNode record = Http.get(platform.url(Svc.INSPECTION, "/inspections/" + batch.taskId() + "/" + d.objectId())).json();
            approved += "COMPLETED".equals(record.path("status").asString()) ? 1 : 0;
            published += Http.get(platform.url(Svc.DISCLOSURE, "/public/results?uscc=" + d.objectId())).json().get("items").size();
            for (JsonNode entry : Http.get(platform.url(Svc.CREDIT, "/credit-files/" + d.objectId())).json().get("entries")) {
                if (!batch.taskId().equals(entry.path("taskId").asString())) {
                    continue;
                }
                results += "INSPECTION_RESULT".equals(entry.path("kind").asString()) ? 1 : 0;
                violations += "VIOLATION".equals(entry.path("kind").asString()) ? 1 : 0;
            }
        }
        int n = batch.drawn().size();
        assertThat(List.of(approved, published, results, violations)).as("approved, public records, credit results, credit violations")
                .containsExactly(n, n, n, n);
    }

    /** Batches are told apart by industry (a free text of the directory): a task's filter then draws one batch only. */
    private static String industry(String batch) {
        return "建筑业（可靠性测试 " + batch + "）";
    }

    static void created(Http.Response response) {
        assertThat(response.status()).as(response.body()).isIn(201, 409);
    }

    static void ok(Http.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 204);
    }
}
