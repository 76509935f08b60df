package cn.supervision.credit.repair;

import java.util.ArrayList;
import java.util.List;

import cn.supervision.credit.access.DepartmentScope;
import cn.supervision.credit.calendar.Today;
import cn.supervision.credit.files.CreditFiles;
import cn.supervision.credit.repair.domain.RepairApplication;
import cn.supervision.credit.repair.domain.RepairConditions;
import cn.supervision.credit.rules.domain.CreditList;
import cn.supervision.platform.problem.FieldProblem;
import cn.supervision.platform.problem.ProblemException;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Files and decides credit-repair applications; an approval takes the object off the list in the same write. */
@Service
class CreditRepairs {

    private static final Logger log = LoggerFactory.getLogger(CreditRepairs.class);

    private final CreditFiles files;
    private final DepartmentScope scope;
    private final Today today;
    private final MeterRegistry meters;

    CreditRepairs(CreditFiles files, DepartmentScope scope, Today today, MeterRegistry meters) {
        this.files = files;
        this.scope = scope;
        this.today = today;
        this.meters = meters;
    }

    RepairApplication apply(String objectId, ApplyRequest request) {
        CreditList list = request.validList();
        scope.requireWrite("repair-application", objectId, request.applicant());
        RepairApplication filed = files.changeRepairs(objectId, (assessment, applications) -> {
            if (assessment.current(list).isEmpty()) {
                throw ProblemException.ruleViolated("list", "object " + objectId + " is not on " + list + ": there is nothing to repair");
            }
            if (applications.stream().anyMatch(a -> a.list() == list && a.status() == RepairApplication.Status.PENDING)) {
                throw ProblemException.conflict("list", "an application to leave " + list + " is already pending for object " + objectId);
            }
            RepairApplication application = RepairApplication.apply("RA-" + objectId + "-" + (applications.size() + 1), list,
                    request.applicant(), request.reason(), today.date());
            applications.add(application);
            return application;
        });
        meters.counter("supervision.credit.repairs", "list", list.name(), "decision", "APPLIED").increment();
        log.info("credit file {}: repair application {} to leave {} by {}", objectId, filed.applicationId(), list, request.applicant());
        return filed;
    }

    RepairApplication decide(String objectId, String applicationId, DecisionRequest request) {
        boolean approve = request.approves();
        scope.requireWrite("repair-decision", objectId, request.decidedBy());
        RepairApplication decided = files.changeRepairs(objectId, (assessment, applications) -> {
            int index = -1;
            for (int i = 0; i < applications.size(); i++) {
                if (applications.get(i).applicationId().equals(applicationId)) {
                    index = i;
                }
            }
            if (index < 0) {
                throw ProblemException.notFound("repair application " + applicationId + " of object " + objectId);
            }
            RepairApplication application = applications.get(index);
            if (application.status() != RepairApplication.Status.PENDING) {
                throw ProblemException.conflict("decision", "application " + applicationId + " was already decided: " + application.status());
            }
            if (approve) {
                List<String> unmet = RepairConditions.unmet(files.rules(), assessment, application.list(), today.date());
                if (!unmet.isEmpty()) {
                    List<FieldProblem> problems = new ArrayList<>();
                    unmet.forEach(u -> problems.add(new FieldProblem("decision", u)));
                    throw new RepairRefused(problems);
                }
            }
            RepairApplication result = application.decide(approve, request.decidedBy(), today.date(), request.note(), files.rules().version());
            applications.set(index, result);
            return result;
        });
        meters.counter("supervision.credit.repairs", "list", decided.list().name(), "decision", decided.status().name()).increment();
        log.info("credit file {}: repair application {} {} by {} under rules {}", objectId, applicationId, decided.status(), request.decidedBy(),
                decided.ruleVersion());
        return decided;
    }

    /** 422 with every unmet condition of the rules. */
    static final class RepairRefused extends ProblemException {
        RepairRefused(List<FieldProblem> problems) {
            super(422, "Rule violated", "the conditions of credit repair are not met", problems);
        }
    }
}
