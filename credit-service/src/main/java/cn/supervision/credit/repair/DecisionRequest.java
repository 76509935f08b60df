package cn.supervision.credit.repair;

import java.util.ArrayList;
import java.util.List;

import cn.supervision.platform.problem.FieldProblem;
import cn.supervision.platform.problem.ProblemException;

/** The decision on a repair application: APPROVE or REJECT, by whom, with a note. */
record DecisionRequest(String decision, String decidedBy, String note) {

    boolean approves() {
        List<FieldProblem> problems = new ArrayList<>();
        if (!"APPROVE".equals(decision) && !"REJECT".equals(decision)) {
            problems.add(new FieldProblem("decision", "must be APPROVE or REJECT"));
        }
        if (decidedBy == null || decidedBy.isBlank()) {
            problems.add(new FieldProblem("decidedBy", "is required"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return "APPROVE".equals(decision);
    }
}
