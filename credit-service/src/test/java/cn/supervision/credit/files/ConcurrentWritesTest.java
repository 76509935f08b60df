package cn.supervision.credit.files;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.supervision.credit.CreditIntegrationTest;
import cn.supervision.credit.files.domain.CreditEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static cn.supervision.credit.CreditScenario.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** The consumer, the daily run and clerks write the same file: no change is lost, the assessment follows all of them. */
@CreditIntegrationTest
class ConcurrentWritesTest {

    @Autowired
    CreditFiles files;

    @Test
    void concurrentWritersToOneFileLoseNothing() throws Exception {
        String objectId = "OBJ-" + unique();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> writes = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                int n = i;
                writes.add(pool.submit(() -> files.add(objectId, null, "并发", CreditEntry.violation("ev-" + n, "V-" + n, "I", "T", "quality-safety",
                        "ZA-001", "A", "p", "MINOR", "NONE", null, LocalDate.parse("2026-03-01").plusDays(n)))));
                if (i > 0) {
                    writes.add(pool.submit(() -> {
                        try {
                            return files.review(objectId);
                        } catch (cn.supervision.platform.problem.ProblemException notYetThere) {
                            return false; // the first entry is not stored yet
                        }
                    }));
                }
            }
            for (Future<Boolean> write : writes) {
                write.get();
            }
        } finally {
            pool.shutdown();
        }
        CreditFileDocument doc = files.document(objectId).orElseThrow();
        assertThat(doc.entries()).hasSize(12);
        // 12 minor violations of 5 points: every one counted in the stored assessment
        assertThat(doc.assessment.risk().score()).isEqualTo(60);
        assertThat(doc.riskLevel).isEqualTo("D");
    }
}
