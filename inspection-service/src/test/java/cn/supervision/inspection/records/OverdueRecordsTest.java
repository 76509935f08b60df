package cn.supervision.inspection.records;

import java.time.LocalDate;
import java.time.ZoneId;

import cn.supervision.inspection.InspectionIntegrationTest;
import cn.supervision.testsupport.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static cn.supervision.inspection.records.Draws.OBJECT_ID;
import static org.assertj.core.api.Assertions.assertThat;

@InspectionIntegrationTest
class OverdueRecordsTest {

    @LocalServerPort
    int port;

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** The gauge's value for a department on /actuator/prometheus, or -1 when it is not there. */
    double overdueGauge(String department) {
        String prefix = "supervision_inspection_overdue{department=\"" + department + "\"";
        return Http.get(url("/actuator/prometheus")).body().lines().filter(l -> l.startsWith(prefix))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(-1);
    }

    @Test
    void recordsNotCompletedByTheirDeadlineAreListedAndCountedByDepartment() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String late = Draws.uniqueTaskId();
        String onTime = Draws.uniqueTaskId();
        String lateOtherDepartment = Draws.uniqueTaskId();
        Draws.openRecord(url(""), late, body -> body.put("dueDate", today.minusDays(3).toString()));
        Draws.openRecord(url(""), onTime, body -> body.put("dueDate", today.plusDays(30).toString()));
        Draws.openRecord(url(""), lateOtherDepartment, body -> {
            body.put("dueDate", today.minusDays(1).toString());
            body.put("initiatingDepartment", "gas-supply");
            body.putArray("checkItems").addObject().put("department", "gas-supply").put("code", "RQ-001");
            body.putArray("inspectors").addObject().put("inspectorId", "LT-RQ-001").put("department", "gas-supply");
        });

        String onTimeOtherDepartment = Draws.uniqueTaskId();
        Draws.openRecord(url(""), onTimeOtherDepartment, body -> {
            body.put("dueDate", today.plusDays(30).toString());
            body.put("initiatingDepartment", "water-supply");
            body.putArray("checkItems").addObject().put("department", "water-supply").put("code", "GS-001");
            body.putArray("inspectors").addObject().put("inspectorId", "LT-GS-001").put("department", "water-supply");
        });

        JsonNode overdue = Http.get(url("/inspections/overdue")).json();
        assertThat(overdue.findValuesAsString("taskId")).contains(late, lateOtherDepartment).doesNotContain(onTime);
        JsonNode gas = Http.get(url("/inspections/overdue?department=gas-supply")).json();
        assertThat(gas.findValuesAsString("taskId")).contains(lateOtherDepartment).doesNotContain(late);

        Draws.await(() -> overdueGauge("gas-supply") == 1, "gauge counts the gas-supply record");
        Draws.await(() -> overdueGauge("housing-market") >= 1, "gauge counts the joint late record for housing-market");
        // a department with open records and none late shows 0, not "no data"
        Draws.await(() -> overdueGauge("water-supply") == 0, "gauge shows 0 for water-supply");

        // completing the late record takes it off the list and the count
        String record = url("/inspections/" + lateOtherDepartment + "/" + OBJECT_ID);
        Http.Response entered = Http.put(record + "/results", """
                {"inspectorId": "LT-RQ-001", "items": [{"checkItem": "RQ-001", "category": "1", "methods": ["ON_SITE"]}]}""");
        assertThat(entered.json().get("status").asString()).as(entered.body()).isEqualTo("SUBMITTED");
        assertThat(Http.post(record + "/review", "{\"reviewerId\": \"LT-SH-009\", \"decision\": \"APPROVE\"}").status()).isEqualTo(200);
        assertThat(Http.get(url("/inspections/overdue?department=gas-supply")).json().size()).isZero();
        Draws.await(() -> overdueGauge("gas-supply") == 0, "gauge back to 0 for gas-supply");
        Draws.await(() -> Http.get(url("/actuator/prometheus")).body().lines().filter(l -> l.startsWith("supervision_inspection_records{"))
                .filter(l -> l.contains("status=\"COMPLETED\"")).anyMatch(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)) >= 1),
                "records by state count the completed record");
    }
}
