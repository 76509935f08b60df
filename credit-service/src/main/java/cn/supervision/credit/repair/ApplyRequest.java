package cn.supervision.credit.repair;

import java.util.ArrayList;
import java.util.List;

import cn.supervision.credit.rules.domain.CreditList;
import cn.supervision.platform.problem.FieldProblem;
import cn.supervision.platform.problem.ProblemException;

/** 信用修复申请: which list to leave, who applies (the object's representative or a clerk on its behalf), and why. */
record ApplyRequest(String list, String applicant, String reason) {

    CreditList validList() {
        List<FieldProblem> problems = new ArrayList<>();
        CreditList which = null;
        if (list == null || list.isBlank()) {
            problems.add(new FieldProblem("list", "is required: ABNORMAL_OPERATIONS or SERIOUS_VIOLATION"));
        } else {
            try {
                which = CreditList.valueOf(list);
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("list", "unknown list '" + list + "', expected ABNORMAL_OPERATIONS or SERIOUS_VIOLATION"));
            }
        }
        if (applicant == null || applicant.isBlank()) {
            problems.add(new FieldProblem("applicant", "is required"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldProblem("reason", "is required (what was corrected)"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return which;
    }
}
