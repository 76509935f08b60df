package cn.supervision.credit.access;

import java.util.UUID;

import cn.supervision.credit.CreditIntegrationTest;
import cn.supervision.credit.CreditScenario;
import cn.supervision.testsupport.AccessMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Every credit endpoint × every role × own/other department, from {@code access-matrix.txt}, with real tokens. */
@CreditIntegrationTest
class CreditAccessMatrixTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void everyEndpointAnswersEachRoleAndDepartmentAsTheTableSays() {
        String base = "http://127.0.0.1:" + port;
        String completed = CreditScenario.example(CreditScenario.COMPLETED, "MX1")
                .replace("\"departments\": [\"housing-market\", \"quality-safety\"]", "\"departments\": [\"housing-market\"]");
        CreditScenario.send(CreditScenario.COMPLETED, "MX1", UUID.randomUUID().toString(), completed);
        CreditScenario.await(base + "/credit-files/OBJ-MX1", file -> file.get("entries").size() == 1);
        AccessMatrix.verify(context, base, "/access-matrix.txt");
    }
}
