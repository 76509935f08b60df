package cn.supervision.sampling;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import cn.supervision.testsupport.Eventually;
import cn.supervision.testsupport.Http;
import cn.supervision.testsupport.TopicWriter;

/** Other services' events as they would publish them, for sampling's tests. */
public final class Events {

    public static final Duration WAIT = Duration.ofSeconds(30);

    private Events() {
    }

    public static void checkItem(String code, String department, String objectType, String status) {
        TopicWriter.send("registry.check-items", code, "registry.CheckItemChanged.v1", UUID.randomUUID().toString(), """
                {"code": "%s", "name": "检查事项%s", "legalBasis": "《建设工程质量管理条例》", "department": "%s", "objectType": "%s",
                 "methods": ["ON_SITE"], "kind": "GENERAL", "status": "%s"}""".formatted(code, code, department, objectType, status));
    }

    public static void object(String id, String uscc, String type, String status, String risk, List<String> departments, String... tags) {
        TopicWriter.send("registry.objects", id, "registry.ObjectRegistered.v1", UUID.randomUUID().toString(), """
                {"objectId": "%s", "uscc": %s, "name": "对象%s", "objectType": "%s", "industry": "建筑业", "region": "410202", "status": "%s",
                 "supervisingDepartments": %s, "riskLevel": "%s", "tags": %s}""".formatted(id, uscc == null ? "null" : "\"" + uscc + "\"", id, type,
                status, json(departments), risk, json(List.of(tags))));
    }

    public static void inspector(String id, String department, List<String> qualifications, String status, String absencesJson,
            List<String> conflicts) {
        TopicWriter.send("registry.inspectors", id, "registry.InspectorChanged.v1", UUID.randomUUID().toString(), """
                {"inspectorId": "%s", "name": "检查员%s", "department": "%s", "qualifications": %s, "region": "410202", "status": "%s",
                 "absences": %s, "conflictsOfInterest": %s}""".formatted(id, id, department, json(qualifications), status, absencesJson,
                json(conflicts)));
    }

    public static void inspectionCompleted(String eventId, String inspectionId, String taskId, String objectId, String taskType,
            List<String> departments) {
        TopicWriter.send("inspection.results", objectId, "inspection.InspectionCompleted.v1", eventId, """
                {"inspectionId": "%s", "taskId": "%s", "taskType": "%s", "objectId": "%s", "objectName": "对象", "departments": %s,
                 "items": [{"department": "%s", "checkItem": "X", "category": "1"}], "inspectedOn": "%s", "resultDate": "%s", "publicSummary": "未发现问题"}"""
                .formatted(inspectionId, taskId, taskType, objectId, json(departments), departments.get(0), LocalDate.now(), LocalDate.now()));
    }

    /** A USCC-shaped code (18 characters of the GB 32100 alphabet), unique per prefix and number. */
    public static String uscc(String prefix, int n) {
        String body = prefix + String.format("%08d", n);
        return ("91410202" + body + "0000000000").substring(0, 18);
    }

    public static void awaitAll(String what, IntFunction<String> url, int count) {
        Eventually.get(what, WAIT, () -> {
            for (int i = 0; i < count; i++) {
                if (Http.get(url.apply(i)).status() != 200) {
                    return null;
                }
            }
            return true;
        });
    }

    static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", ", "[", "]"));
    }
}
