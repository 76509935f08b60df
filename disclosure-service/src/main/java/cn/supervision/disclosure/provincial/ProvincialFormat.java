package cn.supervision.disclosure.provincial;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.supervision.disclosure.ledger.PublicationDocument;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place that maps our public records to the provincial format. The national data standard (GS52—2017) is not
 * available to us; these record-type codes and field names are provisional and change here, and only here, when the
 * province publishes its interface.
 */
final class ProvincialFormat {

    private static final Map<String, String> RECORD_TYPES = Map.of(
            "RESULT", "CCJG",          // 抽查结果
            "REFUSAL", "CCJG",         // 拒绝检查 is a result of its own
            "TASK", "CCRW",            // 抽查任务
            "DRAW_COMMITMENT", "YHCN", // 摇号承诺
            "DRAWN", "CCMD",           // 抽取名单
            "CHECK_ITEM", "CCSX",      // 抽查事项
            "CREDIT_LIST", "XYMD");    // 信用名单

    private ProvincialFormat() {
    }

    /** The request body for {@code entry}: the same bytes every time, so the province can check a repeated key. */
    static String body(JsonMapper json, PublicationDocument entry) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("recordKey", entry.key);
        body.put("recordType", RECORD_TYPES.getOrDefault(entry.kind, "QT"));
        body.put("kind", entry.kind);
        body.put("sourceEventId", entry.sourceEventId);
        body.put("publishedOn", entry.publishedOn == null ? null : entry.publishedOn.toString());
        body.put("resultDate", entry.resultDate == null ? null : entry.resultDate.toString());
        body.put("disclosureDeadline", entry.deadline == null ? null : entry.deadline.toString());
        body.put("data", entry.content);
        return json.writeValueAsString(body);
    }
}
