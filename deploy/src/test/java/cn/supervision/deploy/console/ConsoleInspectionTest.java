package cn.supervision.deploy.console;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import cn.supervision.deploy.ConsolePlatform;
import cn.supervision.testsupport.Contracts;
import cn.supervision.testsupport.Eventually;
import cn.supervision.testsupport.Http;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Point 6, the inspection record page, against the running platform: a joint record (housing-market and
 * quality-safety) opened by a draw event as sampling-service sends it; the housing inspector enters a result with a
 * violation (a missing provision is shown beside the field, nothing typed lost), uploads a photo and submits; the
 * reviewer returns it with a reason, the inspector corrects it, the reviewer approves; the full-process log shows
 * every step and verifies intact. Another department's staff get the refusal page.
 */
class ConsoleInspectionTest {

    private static final String HOUSING_ITEM = "CI-JZ-001";
    private static final String SAFETY_ITEM = "CI-ZA-001";
    /** An object of this run only, so that its approved results (disclosure, credit) meet no other test's data. */
    private static final String OBJECT_ID = "CI-OBJ-" + UUID.randomUUID().toString().substring(0, 8);
    /** The smallest file the service recognises as a JPEG (its first bytes); enough for the photo of a test. */
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
            (byte) 0xFF, (byte) 0xD9};

    private static String taskId;
    private static String page;

    @BeforeAll
    static void aDrawOpensAJointRecord() throws Exception {
        taskId = "CI-" + UUID.randomUUID().toString().substring(0, 8);
        page = openRecord(taskId);
    }

    /** Sends a draw of a joint task (housing-market and quality-safety, one demo inspector each) and waits for its record. */
    private static String openRecord(String task) throws Exception {
        ObjectNode draw = (ObjectNode) Http.parse(Contracts.example("sampling.SampleDrawn.v1"));
        draw.put("taskId", task).put("taskName", "工作台检查记录测试").put("dueDate", "2099-12-31").put("objectId", OBJECT_ID);
        ArrayNode items = draw.putArray("checkItems");
        items.addObject().put("department", "housing-market").put("code", HOUSING_ITEM);
        items.addObject().put("department", "quality-safety").put("code", SAFETY_ITEM);
        ArrayNode inspectors = draw.putArray("inspectors");
        inspectors.addObject().put("inspectorId", "LT-HOUS-001").put("name", "住房检查员一").put("department", "housing-market");
        inspectors.addObject().put("inspectorId", "LT-QUAL-001").put("name", "质安检查员一").put("department", "quality-safety");
        publishDraw(draw.toString());
        String path = "/inspections/" + task + "/" + OBJECT_ID;
        String record = ConsolePlatform.url("INSPECTION") + path;
        Eventually.get("the record opened by the draw", Duration.ofSeconds(60), () -> Http.get(record).status() == 200 ? true : null);
        return path;
    }

    @Test
    void inspectorEntersAndSubmitsReviewerReturnsThenApprovesAndTheLogShowsEveryStep() {
        ConsoleSession inspector = ConsoleSession.signIn(ConsolePlatform.consoleUrl(), "hm-inspector-1");
        ConsoleSession.Page record = inspector.get(page).assertOk();
        assertThat(record.html()).contains("开封市龙亭区示例建筑工程有限公司", "工作台检查记录测试", "2099-12-31", "住房检查员一", "质安检查员一",
                "id=\"result-" + HOUSING_ITEM + "\"", "id=\"evidence-form\"", "capture=\"environment\"", "id=\"submit\"");
        assertThat(record.html()).as("only their own department's item has a form").doesNotContain("id=\"result-" + SAFETY_ITEM + "\"");

        // a violation without its legal provision: the service's refusal beside the field, everything typed still there
        Map<String, String> result = housingResult("", "2099-12-20");
        ConsoleSession.Page refused = inspector.post(page + "/results", result);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("id=\"legal-provision-" + HOUSING_ITEM + "-error\"", "该项有误：此项必须填写", "现场未公示企业资质证书",
                "value=\"2099-12-20\"", "value=\"A\" selected", "value=\"RECTIFICATION_ORDER\" selected").doesNotContain("id=\"saved\"");
        ConsoleSession.Page draft = inspector.post(page + "/results", withDraft(housingResult("《建筑市场管理条例》第十二条", "2099-12-20"), true));
        assertThat(draft.html()).as(draft.html()).contains("检查结果已保存为草稿", "已录入：<span>A 发现问题待后续处理");

        // evidence from the phone camera, with its integrity check; viewable through the console
        ConsoleSession.Page noPhoto = inspector.postMultipart(page + "/evidence", Map.of("description", "现场照片"), "file", "", "application/octet-stream",
                new byte[0]);
        assertThat(noPhoto.html()).contains("id=\"evidence-file-error\"", "请拍照或选择要上传的文件", "value=\"现场照片\"");
        ConsoleSession.Page uploaded = inspector.postMultipart(page + "/evidence", Map.of("description", "现场照片"), "file", "site.jpg", "image/jpeg", JPEG);
        assertThat(uploaded.html()).as(uploaded.html()).contains("证据材料已上传", "site.jpg", "现场照片", "✔ 完整");
        String evidenceId = between(uploaded.html(), "id=\"view-evidence-", "\"");
        HttpResponse<byte[]> photo = inspector.download(page + "/evidence/" + evidenceId);
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(photo.body()).isEqualTo(JPEG);

        // submission waits for the other department's item; its inspector enters it, then it goes
        ConsoleSession.Page early = inspector.post(page + "/submit", Map.of());
        assertThat(early.html()).contains("id=\"submit-error\"", "还有检查事项没有录入结果", SAFETY_ITEM);
        ConsoleSession safety = ConsoleSession.signIn(ConsolePlatform.consoleUrl(), "qs-inspector-1");
        safety.get(page).assertOk();
        Map<String, String> clean = new LinkedHashMap<>(Map.of("checkItem", SAFETY_ITEM, "category", "1", "methods", "DOCUMENTS", "findings", "资料齐全"));
        assertThat(safety.post(page + "/results", withDraft(clean, true)).html()).contains("检查结果已保存为草稿");
        inspector.get(page);
        ConsoleSession.Page submitted = inspector.post(page + "/submit", Map.of());
        assertThat(submitted.html()).contains("已提交审核", "待审核").doesNotContain("id=\"result-" + HOUSING_ITEM + "\"");

        // the reviewer: a return needs its reason (beside the field), then returns with it
        ConsoleSession reviewer = ConsoleSession.signIn(ConsolePlatform.consoleUrl(), "hm-reviewer");
        assertThat(reviewer.get(page).assertOk().html()).contains("id=\"review-form\"", "id=\"approve\"", "id=\"return-reason\"");
        ConsoleSession.Page noReason = reviewer.post(page + "/review", Map.of("decision", "RETURN", "reason", " "));
        assertThat(noReason.html()).contains("id=\"return-reason-error\"", "退回时请填写退回原因");
        ConsoleSession.Page returned = reviewer.post(page + "/review", Map.of("decision", "RETURN", "reason", "整改期限应与责令改正通知书一致"));
        assertThat(returned.html()).contains("已退回", "已退回，检查人员将看到退回原因");

        // the inspector sees why, corrects the deadline and enters it again: every item has a result, so it is submitted
        ConsoleSession.Page back = inspector.get(page).assertOk();
        assertThat(back.html()).contains("id=\"returned-reason\"", "整改期限应与责令改正通知书一致", "id=\"result-" + HOUSING_ITEM + "\"");
        ConsoleSession.Page corrected = inspector.post(page + "/results", withDraft(housingResult("《建筑市场管理条例》第十二条", "2099-11-30"), false));
        assertThat(corrected.html()).as(corrected.html()).contains("检查结果已录入", "待审核");

        reviewer.get(page);
        ConsoleSession.Page approved = reviewer.post(page + "/review", Map.of("decision", "APPROVE", "reason", ""));
        assertThat(approved.html()).contains("已审核通过", "已完成", "2099-11-30").doesNotContain("id=\"review-form\"");

        // the full-process log, in order, verified
        String log = ConsoleSession.signIn(ConsolePlatform.consoleUrl(), "auditor").get(page).assertOk().html();
        assertThat(log).contains("✔ 记录完整", "哈希链逐条核验通过");
        int opened = log.indexOf("title=\"OPENED\"");
        int evidence = log.indexOf("title=\"EVIDENCE_ADDED\"");
        int firstSubmit = log.indexOf("title=\"SUBMITTED\"");
        int returnedAt = log.indexOf("title=\"RETURNED\"");
        int resubmit = log.indexOf("title=\"SUBMITTED\"", returnedAt);
        int approval = log.indexOf("title=\"APPROVED\"");
        assertThat(opened).isGreaterThan(0);
        assertThat(new int[] {opened, log.indexOf("title=\"RESULT_ENTERED\""), evidence, firstSubmit, returnedAt, resubmit, approval})
                .as("every step, in order").isSorted().doesNotContain(-1);
        assertThat(log).contains("title=\"RESULT_CORRECTED\"", "hm-reviewer", "LT-HOUS-001", "LT-QUAL-001");
    }

    @Test
    void anotherDepartmentSeesTheRefusalPageAndCannotWrite() {
        ConsoleSession stranger = ConsoleSession.signIn(ConsolePlatform.consoleUrl(), "re-inspector-1");
        ConsoleSession.Page refused = stranger.get(page);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.html()).contains("不参与这项检查", "房地产科 · 执法检查人员", "公示网站").doesNotContain("住房检查员一");
        ConsoleSession.Page write = stranger.post(page + "/results", Map.of("checkItem", HOUSING_ITEM, "category", "1", "methods", "ON_SITE"));
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.html()).contains("公示网站").doesNotContain("住房检查员一");
        assertThat(ConsoleSession.signIn(ConsolePlatform.consoleUrl(), "re-reviewer").get(page).status()).isEqualTo(403);
        assertThat(ConsoleSession.signIn(ConsolePlatform.consoleUrl(), "admin").get(page).assertOk().html()).contains("执法全过程记录");
    }

    @Test
    void noticeVisitAndASidePathEachWithTheirFormErrors() throws Exception {
        String other = openRecord("CI-" + UUID.randomUUID().toString().substring(0, 8));
        ConsoleSession inspector = ConsoleSession.signIn(ConsolePlatform.consoleUrl(), "hm-inspector-1");
        assertThat(inspector.get(other).assertOk().html()).contains("id=\"notice-form\"", "id=\"start-visit\"", "id=\"declare-outcome\"");

        ConsoleSession.Page noList = inspector.post(other + "/notice", Map.of("toPrepare", " ", "noticeDate", "", "visitDate", "2099-01-05"));
        assertThat(noList.html()).contains("id=\"to-prepare-error\"", "该项有误：此项必须填写", "value=\"2099-01-05\"");
        ConsoleSession.Page noticed = inspector.post(other + "/notice", Map.of("toPrepare", "营业执照、资质证书", "noticeDate", "", "visitDate", "2099-01-05"));
        assertThat(noticed.html()).contains("检查通知已登记", "已通知", "营业执照、资质证书");

        ConsoleSession.Page future = inspector.post(other + "/visit", Map.of("visitedOn", "2099-01-05"));
        assertThat(future.html()).contains("id=\"visited-on-error\"", "该项有误：日期不能晚于今天", "value=\"2099-01-05\"");
        ConsoleSession.Page visited = inspector.post(other + "/visit", Map.of("visitedOn", ""));
        assertThat(visited.html()).contains("已登记进场检查", "检查中", "id=\"visited-on\"");

        ConsoleSession.Page noOutcome = inspector.post(other + "/outcome", Map.of("outcome", "", "reason", "企业拒绝提供资料"));
        assertThat(noOutcome.html()).contains("id=\"outcome-error\"", "请选择现场遇到的情形", "企业拒绝提供资料");
        ConsoleSession.Page declared = inspector.post(other + "/outcome", Map.of("outcome", "REFUSED", "reason", "企业拒绝提供资料"));
        assertThat(declared.html()).contains("特殊情形已登记", "待审核", "id=\"outcome-declared\"", "拒绝、阻碍检查", "8 不配合检查情节严重");
        assertThat(declared.html()).contains("title=\"NOTIFIED\"", "title=\"VISIT_STARTED\"", "title=\"OUTCOME_DECLARED\"", "✔ 记录完整");
    }

    private static Map<String, String> housingResult(String provision, String deadline) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("checkItem", HOUSING_ITEM);
        form.put("category", "A");
        form.put("methods", "ON_SITE");
        form.put("findings", "现场未公示企业资质证书");
        form.put("legalProvision", provision);
        form.put("severity", "GENERAL");
        form.put("measure", "RECTIFICATION_ORDER");
        form.put("rectificationDeadline", deadline);
        form.put("referredTo", "");
        form.put("draft", "false");
        return form;
    }

    private static Map<String, String> withDraft(Map<String, String> form, boolean draft) {
        Map<String, String> copy = new LinkedHashMap<>(form);
        copy.put("draft", Boolean.toString(draft));
        return copy;
    }

    private static String between(String html, String before, String after) {
        int start = html.indexOf(before);
        assertThat(start).as(before + " in the page").isGreaterThanOrEqualTo(0);
        start += before.length();
        return html.substring(start, html.indexOf(after, start));
    }

    /** Puts the draw on {@code sampling.draws} as sampling-service does (CloudEvents binary mode). */
    private static void publishDraw(String body) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ConsolePlatform.kafkaBootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>("sampling.draws", OBJECT_ID, body);
            for (String[] header : new String[][] {{"ce_id", UUID.randomUUID().toString()}, {"ce_type", "sampling.SampleDrawn.v1"},
                    {"ce_source", "/console-test"}, {"ce_subject", OBJECT_ID}, {"ce_time", java.time.Instant.now().toString()},
                    {"ce_specversion", "1.0"}, {"content-type", "application/json"}}) {
                record.headers().add(header[0], header[1].getBytes(StandardCharsets.UTF_8));
            }
            producer.send(record).get();
        }
    }
}
