package cn.supervision.sampling.tasks;

import java.util.List;

import cn.supervision.platform.problem.FieldProblem;
import cn.supervision.platform.problem.ProblemException;

/** 422 naming several fields at once (e.g. every retired check item of a task), so a clerk fixes them in one go. */
final class RuleProblems extends ProblemException {

    RuleProblems(List<FieldProblem> errors) {
        super(422, "Rule violated", errors.size() + " rule(s) violated", errors);
    }
}
