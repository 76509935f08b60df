package cn.supervision.registry.access;

import cn.supervision.registry.RegistryIntegrationTest;
import cn.supervision.testsupport.AccessMatrix;
import cn.supervision.testsupport.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Every registry endpoint × every role × own/other department, from {@code access-matrix.txt}, with real tokens. */
@RegistryIntegrationTest
class RegistryAccessMatrixTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void everyEndpointAnswersEachRoleAndDepartmentAsTheTableSays() {
        String base = "http://127.0.0.1:" + port;
        assertThat(Http.post(base + "/check-items", """
                {"code": "MX-HM", "name": "矩阵事项", "legalBasis": "《条例》第一条", "department": "housing-market", "objectType": "ENTERPRISE",
                 "content": "c", "methods": ["ON_SITE"], "kind": "GENERAL"}""").status()).isEqualTo(201);
        assertThat(Http.post(base + "/inspectors", """
                {"certificateNumber": "MX-HM-1", "name": "矩阵检查员", "department": "housing-market", "qualifications": ["ENTERPRISE"],
                 "region": "410202"}""").status()).isEqualTo(201);
        assertThat(Http.post(base + "/objects", """
                {"uscc": "91410202086440919Q", "name": "矩阵有限公司", "type": "ENTERPRISE", "industry": "建筑业", "region": "410202",
                 "address": "龙亭区", "supervisingDepartments": ["housing-market"]}""").status()).isEqualTo(201);
        AccessMatrix.verify(context, base, "/access-matrix.txt");
    }
}
