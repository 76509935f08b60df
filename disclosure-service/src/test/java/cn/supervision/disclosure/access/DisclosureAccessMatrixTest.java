package cn.supervision.disclosure.access;

import cn.supervision.disclosure.DisclosureIntegrationTest;
import cn.supervision.testsupport.AccessMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Every disclosure endpoint × every role × own/other department, from {@code access-matrix.txt}, with real tokens. */
@DisclosureIntegrationTest
class DisclosureAccessMatrixTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void everyEndpointAnswersEachRoleAndDepartmentAsTheTableSays() {
        AccessMatrix.verify(context, "http://127.0.0.1:" + port, "/access-matrix.txt");
    }
}
