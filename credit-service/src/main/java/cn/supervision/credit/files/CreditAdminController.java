package cn.supervision.credit.files;

import java.util.ArrayList;
import java.util.List;

import cn.supervision.credit.access.DepartmentScope;
import cn.supervision.credit.assessment.domain.Assessment;
import cn.supervision.credit.assessment.domain.CreditAssessor;
import cn.supervision.credit.assessment.domain.RepairDecision;
import cn.supervision.credit.repair.domain.RepairApplication;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Operator endpoints: run the daily evaluation now, and check that every stored assessment follows from its facts. */
@RestController
class CreditAdminController {

    private final DailyRun dailyRun;
    private final MongoTemplate mongo;
    private final CreditAssessor assessor;
    private final DepartmentScope scope;

    CreditAdminController(DailyRun dailyRun, MongoTemplate mongo, CreditAssessor assessor, DepartmentScope scope) {
        this.dailyRun = dailyRun;
        this.mongo = mongo;
        this.assessor = assessor;
        this.scope = scope;
    }

    @PostMapping("/admin/daily-run")
    DailyRun.Report dailyRun(@RequestHeader(name = "X-Acting-User", required = false) String actingUser) {
        scope.requireWrite("daily-run", "*", actingUser);
        return dailyRun.runOnce();
    }

    record ReplayCheck(int files, int identical, List<String> differing) {
    }

    /**
     * Re-applies the stored facts of every file (entries and approved repairs) to an empty state, as of the day each
     * was last evaluated, and compares with what is stored. Changes nothing: a difference means a handler is not
     * deterministic or the rules changed since.
     */
    @PostMapping("/admin/replay-check")
    ReplayCheck replayCheck() {
        int files = 0;
        int identical = 0;
        List<String> differing = new ArrayList<>();
        for (CreditFileDocument doc : mongo.findAll(CreditFileDocument.class)) {
            if (doc.assessment == null) {
                continue; // stored before credit assessed files: the next daily run assesses it
            }
            files++;
            List<RepairDecision> approved = doc.repairApplications().stream().filter(r -> r.status() == RepairApplication.Status.APPROVED)
                    .map(r -> new RepairDecision(r.applicationId(), r.list(), r.decidedOn())).toList();
            Assessment again = assessor.assess(doc.entries(), approved, doc.assessment.asOf());
            if (again.equals(doc.assessment)) {
                identical++;
            } else {
                differing.add(doc.objectId);
            }
        }
        return new ReplayCheck(files, identical, differing);
    }
}
