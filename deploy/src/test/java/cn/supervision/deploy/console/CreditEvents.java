package cn.supervision.deploy.console;

import java.time.LocalDate;
import java.time.ZoneId;

/** The inspection service's events that feed credit, for an object of the test (what inspection publishes after a review). */
final class CreditEvents {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private CreditEvents() {
    }

    /** 不配合检查情节严重 (category 8): a refusal entry, and under the shipped rules the abnormal-operations list. */
    static void refused(String objectId, String name, String taskId) {
        DirectoryData.inspectionEvent("inspection.InspectionRefused.v1", objectId, """
                {"inspectionId": "%s/%s", "taskId": "%s", "taskType": "RANDOM", "objectId": "%s", "uscc": "%s", "objectName": "%s",
                 "departments": ["housing-market"], "category": "8", "reason": "负责人拒绝检查人员进入经营场所", "refusedOn": "%s", "resultDate": "%s"}"""
                .formatted(taskId, objectId, taskId, objectId, objectId, name, TODAY.minusDays(3), TODAY.minusDays(3)));
    }

    /** A violation with a rectification order whose deadline has passed: credit follows it up and asks for a re-inspection. */
    static String rectificationOrder(String objectId, String name, String taskId) {
        String violationId = taskId + "/" + objectId + "/JZ-001";
        DirectoryData.inspectionEvent("inspection.ViolationFound.v1", objectId, """
                {"violationId": "%s", "inspectionId": "%s/%s", "taskId": "%s", "objectId": "%s", "uscc": "%s", "objectName": "%s",
                 "department": "housing-market", "checkItem": "JZ-001", "category": "A", "legalProvision": "《建筑业企业资质管理规定》第三十五条",
                 "severity": "GENERAL", "measure": "RECTIFICATION_ORDER", "rectificationDeadline": "%s", "foundOn": "%s"}"""
                .formatted(violationId, taskId, objectId, taskId, objectId, objectId, name, TODAY.minusDays(10), TODAY.minusDays(30)));
        return violationId;
    }
}
