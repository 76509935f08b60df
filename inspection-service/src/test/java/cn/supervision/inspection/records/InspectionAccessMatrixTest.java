package cn.supervision.inspection.records;

import cn.supervision.inspection.InspectionIntegrationTest;
import cn.supervision.testsupport.AccessMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.node.ObjectNode;

/** Every inspection endpoint × every role × own/other department, from {@code access-matrix.txt}, with real tokens. */
@InspectionIntegrationTest
class InspectionAccessMatrixTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void everyEndpointAnswersEachRoleAndDepartmentAsTheTableSays() {
        String base = "http://127.0.0.1:" + port;
        // a housing-market draw, assigned to the development issuer's hm-inspector-1 (certificate LT-HOUS-001)
        Draws.openRecord(base, "MX-T1", body -> {
            body.putArray("checkItems").addObject().put("department", "housing-market").put("code", "JZ-001");
            ObjectNode inspector = body.putArray("inspectors").addObject();
            inspector.put("inspectorId", "LT-HOUS-001").put("name", "住房市场科检查员1").put("department", "housing-market");
            body.put("dueDate", "2099-12-31");
        });
        AccessMatrix.verify(context, base, "/access-matrix.txt");
    }
}
