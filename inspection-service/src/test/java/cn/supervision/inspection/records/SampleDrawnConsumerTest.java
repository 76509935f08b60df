package cn.supervision.inspection.records;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import cn.supervision.inspection.InspectionIntegrationTest;
import cn.supervision.testsupport.Contracts;
import cn.supervision.testsupport.Http;
import cn.supervision.testsupport.TopicReader;
import cn.supervision.testsupport.TopicWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static cn.supervision.inspection.records.Draws.OBJECT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

@InspectionIntegrationTest
class SampleDrawnConsumerTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    boolean processed(String eventId) {
        return mongo.exists(new Query(where("_id").is("sampleDrawn/" + eventId)), "processed_events");
    }

    @Test
    void opensOneJointRecordPerDrawnObjectWithEveryDepartmentsItemsAndInspectors() {
        String taskId = Draws.uniqueTaskId();
        Draws.openRecord(url(""), taskId);

        JsonNode record = Http.get(url("/inspections/" + taskId + "/" + OBJECT_ID)).json();
        assertThat(record.get("inspectionId").asString()).isEqualTo(taskId + "/" + OBJECT_ID);
        assertThat(record.get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(record.get("taskType").asString()).isEqualTo("RANDOM");
        assertThat(record.get("taskName").asString()).isEqualTo("2026年第一批建筑市场与质量安全联合抽查");
        assertThat(record.get("uscc").asString()).isEqualTo(OBJECT_ID);
        assertThat(record.get("objectName").asString()).isEqualTo("开封市龙亭区示例建筑工程有限公司");
        assertThat(record.get("dueDate").asString()).isEqualTo("2026-06-30");
        assertThat(record.get("items").findValuesAsString("checkItem")).containsExactly("JZ-001", "ZA-001");
        assertThat(record.get("items").findValuesAsString("department")).containsExactly("housing-market", "quality-safety");
        assertThat(record.get("inspectors").findValuesAsString("inspectorId")).containsExactly(Draws.HOUSING_INSPECTOR, Draws.SAFETY_INSPECTOR);
    }

    @Test
    void manuallyAssignedInspectorsAreOnTheRecordAndMayEnterTheirDepartmentsResults() {
        String taskId = Draws.uniqueTaskId();
        Draws.openRecord(url(""), taskId, body -> {
            body.putArray("inspectors").addObject().put("inspectorId", Draws.HOUSING_INSPECTOR).put("name", "张伟").put("department", "housing-market");
            body.putArray("manualAssignments").addObject().put("inspectorId", "LT-ZLAQ-099").put("department", "quality-safety")
                    .put("assignedBy", "LT-ADMIN-1").put("reason", "质量安全科人员不足");
        });
        JsonNode record = Http.get(url("/inspections/" + taskId + "/" + OBJECT_ID)).json();
        assertThat(record.get("inspectors").findValuesAsString("inspectorId")).containsExactly(Draws.HOUSING_INSPECTOR, "LT-ZLAQ-099");
        Http.Response entered = Http.put(url("/inspections/" + taskId + "/" + OBJECT_ID + "/results"), """
                {"inspectorId": "LT-ZLAQ-099", "items": [{"checkItem": "ZA-001", "category": "1", "methods": ["ON_SITE"]}]}""");
        assertThat(entered.status()).as(entered.body()).isEqualTo(200);
    }

    @Test
    void anInspectorsWorkListAndAReviewersQueueAreFiltersOfTheRecordList() {
        String taskId = Draws.uniqueTaskId();
        Draws.openRecord(url(""), taskId);
        String mine = "/inspections?taskId=" + taskId + "&inspectorId=" + Draws.HOUSING_INSPECTOR;
        assertThat(Http.get(url(mine)).json().size()).isEqualTo(1);
        assertThat(Http.get(url("/inspections?taskId=" + taskId + "&inspectorId=LT-NOBODY-1")).json().size()).isZero();
        assertThat(Http.get(url(mine + "&status=ASSIGNED&department=housing-market")).json().size()).isEqualTo(1);
        assertThat(Http.get(url(mine + "&status=SUBMITTED")).json().size()).isZero();
        assertThat(Http.get(url(mine + "&department=real-estate")).json().size()).isZero();
        Http.Response wrongState = Http.get(url("/inspections?status=FINISHED"));
        assertThat(wrongState.status()).isEqualTo(400);
        assertThat(wrongState.body()).contains("status");
    }

    @Test
    void aRedeliveredEventOrASecondEventForTheSameObjectOpensNothingNew() {
        String taskId = Draws.uniqueTaskId();
        String first = UUID.randomUUID().toString();
        TopicWriter.send(Draws.TOPIC, OBJECT_ID, Draws.SAMPLE_DRAWN, first, Draws.sampleDrawn(taskId));
        Draws.await(() -> processed(first), "first event applied");

        TopicWriter.send(Draws.TOPIC, OBJECT_ID, Draws.SAMPLE_DRAWN, first, Draws.sampleDrawn(taskId));
        String second = UUID.randomUUID().toString();
        TopicWriter.send(Draws.TOPIC, OBJECT_ID, Draws.SAMPLE_DRAWN, second, Draws.sampleDrawn(taskId));
        // same key, same partition: once the second id is applied, the redelivery before it has been consumed too
        Draws.await(() -> processed(second), "second event applied");

        JsonNode list = Http.get(url("/inspections?taskId=" + taskId)).json();
        assertThat(list.size()).isEqualTo(1);
        assertThat(Http.get(url("/inspections?taskId=" + taskId + "&objectId=" + OBJECT_ID)).json().size()).isEqualTo(1);
        assertThat(mongo.count(new Query(where("taskId").is(taskId)), "inspections")).isEqualTo(1);
    }

    @Test
    void ignoresOtherEventTypesOnTheDrawsTopic() {
        String taskId = Draws.uniqueTaskId();
        String eventId = UUID.randomUUID().toString();
        ObjectNode committed = (ObjectNode) Http.parse(Contracts.example("sampling.DrawCommitted.v1"));
        committed.put("taskId", taskId);
        TopicWriter.send(Draws.TOPIC, taskId, "sampling.DrawCommitted.v1", eventId, committed.toString());
        Draws.await(() -> processed(eventId), "DrawCommitted consumed");
        assertThat(Http.get(url("/inspections?taskId=" + taskId)).json().size()).isZero();
    }

    @Test
    void sendsAnUnreadableEventToTheDeadLetterTopic() {
        String key = "poison-" + UUID.randomUUID();
        TopicWriter.sendRaw(Draws.TOPIC, key, "{\"taskId\": ", "ce_id", UUID.randomUUID().toString(), "ce_type", Draws.SAMPLE_DRAWN,
                "ce_source", "/test", "ce_specversion", "1.0", "content-type", "application/json");
        List<TopicReader.Record> dead = TopicReader.readUntil("sampling.draws.inspection-service.dlq", r -> key.equals(r.key()),
                Duration.ofSeconds(60));
        TopicReader.Record poison = dead.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
        assertThat(poison.header("x-exception-message")).contains("unreadable " + Draws.SAMPLE_DRAWN);
        assertThat(poison.header("x-original-topic")).isEqualTo(Draws.TOPIC);
    }
}
