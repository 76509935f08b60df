package cn.supervision.sampling.plans.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.supervision.platform.problem.FieldProblem;
import cn.supervision.platform.problem.ProblemException;
import cn.supervision.sampling.tasks.domain.DepartmentItem;
import cn.supervision.sampling.tasks.domain.StratumRule;

/**
 * 抽查计划: a department's (or a joint) yearly plan — check items, object types, the target ratio per stratum, how many
 * batches are planned, the yearly coverage it aims at, and N of "inspected N or more times at random this year is not
 * drawn again" (已抽查多次的检查对象，不在列入当年度抽查名单).
 */
public record SamplingPlan(String planId, int year, String initiatingDepartment, List<String> participatingDepartments,
        List<DepartmentItem> checkItems, List<String> objectTypes, List<StratumRule> strata, int plannedBatches, int targetCoverageBp,
        int maxRandomInspectionsPerYear) {

    public SamplingPlan {
        participatingDepartments = participatingDepartments == null ? List.of() : List.copyOf(participatingDepartments);
        checkItems = checkItems == null ? List.of() : List.copyOf(checkItems);
        objectTypes = objectTypes == null ? List.of() : List.copyOf(objectTypes);
        strata = strata == null ? List.of() : List.copyOf(strata);
    }

    public boolean joint() {
        return !participatingDepartments.isEmpty();
    }

    public List<String> departments() {
        Set<String> all = new LinkedHashSet<>();
        all.add(initiatingDepartment);
        all.addAll(participatingDepartments);
        return List.copyOf(all);
    }

    public SamplingPlan validated() {
        List<FieldProblem> problems = new ArrayList<>();
        if (planId == null || planId.isBlank() || planId.contains("/")) {
            problems.add(new FieldProblem("planId", "is required and must not contain '/'"));
        }
        if (year < 2000 || year > 2100) {
            problems.add(new FieldProblem("year", "must be a calendar year"));
        }
        if (objectTypes.isEmpty()) {
            problems.add(new FieldProblem("objectTypes", "a plan covers at least one object type"));
        }
        if (checkItems.isEmpty()) {
            problems.add(new FieldProblem("checkItems", "a plan needs at least one check item"));
        }
        Set<String> departments = new HashSet<>(departments());
        for (int i = 0; i < checkItems.size(); i++) {
            if (!departments.contains(checkItems.get(i).department())) {
                problems.add(new FieldProblem("checkItems[" + i + "].department",
                        "'" + checkItems.get(i).department() + "' is neither the initiating nor a participating department"));
            }
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < strata.size(); i++) {
            StratumRule s = strata.get(i);
            if (s.name() == null || s.name().isBlank() || !names.add(s.name())) {
                problems.add(new FieldProblem("strata[" + i + "].name", "is required and unique"));
            }
            if (s.ratioBp() < 0 || s.ratioBp() > 10000) {
                problems.add(new FieldProblem("strata[" + i + "].ratioBp", "must be between 0 and 10000 basis points (10000 = 100 %)"));
            }
            if (s.attribute() != null && !StratumRule.ATTRIBUTES.contains(s.attribute())) {
                problems.add(new FieldProblem("strata[" + i + "].condition.attribute",
                        "unknown attribute '" + s.attribute() + "'; allowed: " + StratumRule.ATTRIBUTES));
            }
        }
        if (plannedBatches < 1) {
            problems.add(new FieldProblem("plannedBatches", "must be at least 1"));
        }
        if (targetCoverageBp < 0 || targetCoverageBp > 10000) {
            problems.add(new FieldProblem("targetCoverageBp", "must be between 0 and 10000 basis points"));
        }
        if (maxRandomInspectionsPerYear < 1) {
            problems.add(new FieldProblem("maxRandomInspectionsPerYear", "must be at least 1"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return this;
    }
}
