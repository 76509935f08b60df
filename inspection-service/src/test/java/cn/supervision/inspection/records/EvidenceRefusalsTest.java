package cn.supervision.inspection.records;

import cn.supervision.inspection.InspectionIntegrationTest;
import cn.supervision.testsupport.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static cn.supervision.inspection.records.Draws.HOUSING_INSPECTOR;
import static cn.supervision.inspection.records.Draws.OBJECT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Every refused upload is problem+json naming the field, and leaves neither a file in the store nor an entry on the record. */
@InspectionIntegrationTest
class EvidenceRefusalsTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    String taskId;
    String record;

    @BeforeEach
    void openRecord() {
        taskId = Draws.uniqueTaskId();
        Draws.openRecord("http://127.0.0.1:" + port, taskId);
        record = "http://127.0.0.1:" + port + "/inspections/" + taskId + "/" + OBJECT_ID;
    }

    void assertRefused(Http.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field")).as(response.body()).contains(field);
        assertThat(Http.get(record).json().get("evidence").size()).as("nothing attached").isZero();
        String recordId = taskId + "/" + OBJECT_ID;
        assertThat(mongo.count(new Query(where("metadata.recordId").is(recordId)), "evidence.files")).as("no file kept").isZero();
        assertThat(mongo.count(new Query(), "evidence.chunks") - chunksOfOtherRecords()).as("no chunk kept").isZero();
    }

    /** Chunks of files that other tests of this context attached (the store is shared within the context). */
    long chunksOfOtherRecords() {
        return mongo.find(new Query(), org.bson.Document.class, "evidence.files").stream()
                .mapToLong(f -> mongo.count(new Query(where("files_id").is(f.get("_id"))), "evidence.chunks")).sum();
    }

    @Test
    void refusesContentThatIsNotWhatItsTypeOrNameSays() {
        assertRefused(Uploads.upload(record + "/evidence", HOUSING_INSPECTOR, "photo.jpg", "image/jpeg", Uploads.pdf(5000)), 422, "file");
        assertRefused(Uploads.upload(record + "/evidence", HOUSING_INSPECTOR, "photo.jpg", "application/octet-stream", Uploads.pdf(5000)), 422,
                "file");
        Http.Response asPdf = Uploads.upload(record + "/evidence", HOUSING_INSPECTOR, "整改通知书", "application/octet-stream", Uploads.pdf(5000));
        assertThat(asPdf.status()).as("no claim: the content decides " + asPdf.body()).isEqualTo(201);
        assertThat(asPdf.json().get("contentType").asString()).isEqualTo("application/pdf");
    }

    @Test
    void refusesContentOfNoAcceptedKind() {
        byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertRefused(Uploads.upload(record + "/evidence", HOUSING_INSPECTOR, "notes.txt", "text/plain", script), 415, "file");
    }

    @Test
    void refusesFileNamesWithAPath() {
        assertRefused(Uploads.upload(record + "/evidence", HOUSING_INSPECTOR, "../../etc/passwd.jpg", "image/jpeg", Uploads.jpeg(500)), 400, "file");
        assertRefused(Uploads.upload(record + "/evidence", HOUSING_INSPECTOR, "..\\\\boot.ini.jpg", "image/jpeg", Uploads.jpeg(500)), 400, "file");
    }

    @Test
    void refusesFilesOverTheLimitWhetherTheServiceOrTheContainerNoticesIt() {
        // 150 kB: over the service's 100 kB limit, under the container's 200 kB: refused while streaming into the store
        assertRefused(Uploads.upload(record + "/evidence", HOUSING_INSPECTOR, "video.jpg", "image/jpeg", Uploads.jpeg(150_000)), 413, "file");
        // 250 kB: the container refuses the multipart part itself
        assertRefused(Uploads.upload(record + "/evidence", HOUSING_INSPECTOR, "video.jpg", "image/jpeg", Uploads.jpeg(250_000)), 413, "file");
        assertThat(Http.get("http://127.0.0.1:" + port + "/actuator/prometheus").body())
                .contains("supervision_inspection_evidence_refused_total{reason=\"too-large\"");
    }

    @Test
    void refusesAnUploaderNotAssignedAndAMissingUploader() {
        assertRefused(Uploads.upload(record + "/evidence", "LT-OTHER-777", "photo.jpg", "image/jpeg", Uploads.jpeg(500)), 422, "uploadedBy");
        assertRefused(Uploads.upload(record + "/evidence", null, "photo.jpg", "image/jpeg", Uploads.jpeg(500)), 400, "uploadedBy");
    }

    @Test
    void acceptsEveryKindOfEvidenceByItsContent() {
        int[][] heads = {{0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'},
                {0, 0, 0, 0x14, 'f', 't', 'y', 'p', 'q', 't', ' ', ' '}, {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c'}};
        String[] types = {"image/png", "video/mp4", "video/quicktime", "image/heic"};
        for (int i = 0; i < heads.length; i++) {
            Http.Response stored = Uploads.upload(record + "/evidence", HOUSING_INSPECTOR, "file-" + i, "application/octet-stream",
                    Uploads.withHead(3000 + i, heads[i]));
            assertThat(stored.status()).as(stored.body()).isEqualTo(201);
            assertThat(stored.json().get("contentType").asString()).isEqualTo(types[i]);
        }
        assertThat(Http.get(record).json().get("evidence").size()).isEqualTo(4);
    }
}
