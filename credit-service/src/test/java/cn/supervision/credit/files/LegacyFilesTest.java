package cn.supervision.credit.files;

import java.time.LocalDate;
import java.util.List;

import cn.supervision.credit.CreditIntegrationTest;
import cn.supervision.credit.files.domain.CreditEntry;
import cn.supervision.testsupport.Http;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static cn.supervision.credit.CreditScenario.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** Files stored by the first slice (entries only, no version, no assessment) keep working after the upgrade. */
@CreditIntegrationTest
class LegacyFilesTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    void storeAsTheFirstSliceDid(String objectId) {
        CreditEntry violation = CreditEntry.violation("ev-" + objectId, "V-" + objectId, "I", "T", "quality-safety", "ZA-001", "A",
                "《建设工程安全生产管理条例》第六十五条", "GENERAL", "NONE", null, LocalDate.parse("2026-03-20"));
        mongo.insert(new Document("_id", objectId).append("name", "旧档案").append("entries", List.of(mongo.getConverter().convertToMongoType(violation))),
                CreditFileDocument.COLLECTION);
    }

    @Test
    void aFileStoredBeforeAssessmentsIsAssessedWhenReadAndByTheDailyRun() {
        String read = "OLD-" + unique();
        String waiting = "OLD-" + unique();
        storeAsTheFirstSliceDid(read);
        storeAsTheFirstSliceDid(waiting);

        Http.Response risk = Http.get(url("/credit-files/" + read + "/risk"));
        assertThat(risk.status()).as(risk.body()).isEqualTo(200);
        assertThat(risk.json().get("level").asString()).isEqualTo("B");
        assertThat(risk.json().get("parts").get(0).get("rule").asString()).isEqualTo("general-violation");

        assertThat(Http.post(url("/admin/daily-run"), "").json().get("reviewed").asInt()).isGreaterThanOrEqualTo(1);
        CreditFileDocument upgraded = mongo.findById(waiting, CreditFileDocument.class);
        assertThat(upgraded.assessment).isNotNull();
        assertThat(upgraded.getVersion()).isNotNull();
        assertThat(upgraded.entries()).hasSize(1);
        assertThat(upgraded.getOutbox()).extracting(e -> e.type()).contains("credit.CreditRiskChanged.v1");
    }
}
