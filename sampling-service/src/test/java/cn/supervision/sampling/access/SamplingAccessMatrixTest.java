package cn.supervision.sampling.access;

import java.time.Duration;
import java.util.List;

import cn.supervision.sampling.Events;
import cn.supervision.sampling.SamplingIntegrationTest;
import cn.supervision.testsupport.AccessMatrix;
import cn.supervision.testsupport.Eventually;
import cn.supervision.testsupport.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Every sampling endpoint × every role × own/other department, from {@code access-matrix.txt}, with real tokens. */
@SamplingIntegrationTest
class SamplingAccessMatrixTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void everyEndpointAnswersEachRoleAndDepartmentAsTheTableSays() {
        String base = "http://127.0.0.1:" + port;
        Events.checkItem("MX-JZ", "housing-market", "ENTERPRISE", "ACTIVE");
        Events.object("MX-OBJ-1", null, "ENTERPRISE", "OPERATING", "B", List.of("housing-market"));
        // the only housing-market inspector must recuse from MX-OBJ-1: its draw leaves a shortfall to resolve
        Events.inspector("MX-H1", "housing-market", List.of("ENTERPRISE"), "ACTIVE", "[]", List.of("MX-OBJ-1"));
        Events.inspector("MX-H2", "housing-market", List.of("ENTERPRISE"), "ACTIVE", "[]", List.of("MX-OBJ-1"));
        Eventually.get("population", Duration.ofSeconds(30), () -> Http.get(base + "/population/inspectors/MX-H2").status() == 200
                && Http.get(base + "/population/objects/MX-OBJ-1").status() == 200 && Http.get(base + "/population/check-items/MX-JZ").status() == 200
                ? true : null);
        assertThat(Http.post(base + "/plans", """
                {"planId": "MX-PLAN", "year": 2026, "initiatingDepartment": "housing-market", "participatingDepartments": [],
                 "checkItems": [{"department": "housing-market", "code": "MX-JZ"}], "objectTypes": ["ENTERPRISE"], "plannedBatches": 1,
                 "targetCoverageBp": 1000, "maxRandomInspectionsPerYear": 2}""").status()).isEqualTo(201);
        Http.Response task = Http.post(base + "/tasks", """
                {"taskId": "MX-1", "name": "矩阵任务", "initiatingDepartment": "housing-market", "objectTypes": ["ENTERPRISE"],
                 "checkItems": [{"department": "housing-market", "code": "MX-JZ"}], "strata": [{"name": "all", "ratioBp": 10000}],
                 "teams": [{"department": "housing-market", "count": 2}], "entropySource": "witnesses", "dueDate": "2026-12-31"}""");
        assertThat(task.status()).as(task.body()).isEqualTo(201);
        AccessMatrix.verify(context, base, "/access-matrix.txt");
    }
}
