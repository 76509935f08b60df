package cn.supervision.sampling.tasks.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.supervision.platform.problem.FieldProblem;
import cn.supervision.platform.problem.ProblemException;

/**
 * A sampling task (抽查任务) as announced: type (random or follow-up), initiating department, object types and the
 * target filters (定向), check items per department, strata, teams, the announced source of public entropy, the
 * planned draw day (inspectors must be active that day) and the plan it belongs to. {@link #validated} enforces the
 * rules of the regime for random tasks.
 */
public record TaskDefinition(String taskId, String name, TaskType taskType, String initiatingDepartment, List<String> objectTypes,
        Targeting targeting, List<DepartmentItem> checkItems, List<StratumRule> strata, List<Team> teams, String entropySource,
        LocalDate dueDate, LocalDate drawDate, String planId, boolean publishDrawnList, String followUpId) {

    /** Inspectors per object: at least two (行政处罚法 art. 42). */
    public static final int MIN_INSPECTORS_PER_OBJECT = 2;

    public TaskDefinition {
        taskType = taskType == null ? TaskType.RANDOM : taskType;
        targeting = targeting == null ? Targeting.NONE : targeting;
        objectTypes = objectTypes == null ? List.of() : List.copyOf(objectTypes);
        checkItems = checkItems == null ? List.of() : List.copyOf(checkItems);
        strata = strata == null ? List.of() : List.copyOf(strata);
        teams = teams == null ? List.of() : List.copyOf(teams);
    }

    /** A random task with no target, no plan, drawn the day it is frozen, its drawn list published. */
    public static TaskDefinition random(String taskId, String name, String initiatingDepartment, List<String> objectTypes,
            List<DepartmentItem> checkItems, List<StratumRule> strata, List<Team> teams, String entropySource, LocalDate dueDate) {
        return new TaskDefinition(taskId, name, TaskType.RANDOM, initiatingDepartment, objectTypes, Targeting.NONE, checkItems, strata, teams,
                entropySource, dueDate, null, null, true, null);
    }

    public TaskDefinition withStrata(List<StratumRule> newStrata) {
        return new TaskDefinition(taskId, name, taskType, initiatingDepartment, objectTypes, targeting, checkItems, newStrata, teams,
                entropySource, dueDate, drawDate, planId, publishDrawnList, followUpId);
    }

    public TaskDefinition validated() {
        List<FieldProblem> problems = new ArrayList<>();
        checkIdentifier("taskId", taskId, problems);
        if (objectTypes.isEmpty()) {
            problems.add(new FieldProblem("objectTypes", "a task needs at least one object type"));
        }
        if (checkItems.isEmpty()) {
            problems.add(new FieldProblem("checkItems", "a task needs at least one check item"));
        }
        if (strata.isEmpty()) {
            problems.add(new FieldProblem("strata", "a task needs at least one stratum"));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < strata.size(); i++) {
            StratumRule s = strata.get(i);
            checkIdentifier("strata[" + i + "].name", s.name(), problems);
            if (s.name() != null && !names.add(s.name())) {
                problems.add(new FieldProblem("strata[" + i + "].name", "stratum name '" + s.name() + "' is used twice"));
            }
            if (s.ratioBp() < 0 || s.ratioBp() > 10000) {
                problems.add(new FieldProblem("strata[" + i + "].ratioBp", "must be between 0 and 10000 basis points (10000 = 100 %)"));
            }
            if (s.attribute() != null && !StratumRule.ATTRIBUTES.contains(s.attribute())) {
                problems.add(new FieldProblem("strata[" + i + "].condition.attribute",
                        "unknown attribute '" + s.attribute() + "'; allowed: " + StratumRule.ATTRIBUTES));
            }
        }
        Set<String> teamDepartments = new HashSet<>();
        int total = 0;
        for (int i = 0; i < teams.size(); i++) {
            Team t = teams.get(i);
            checkIdentifier("teams[" + i + "].department", t.department(), problems);
            if (t.department() != null && !teamDepartments.add(t.department())) {
                problems.add(new FieldProblem("teams[" + i + "].department", "department '" + t.department() + "' has two teams"));
            }
            if (t.count() < 1) {
                problems.add(new FieldProblem("teams[" + i + "].count", "must be at least 1"));
            }
            total += Math.max(t.count(), 0);
        }
        if (total < MIN_INSPECTORS_PER_OBJECT) {
            problems.add(new FieldProblem("teams", "at least " + MIN_INSPECTORS_PER_OBJECT + " inspectors per object in total, has " + total));
        }
        for (int i = 0; i < checkItems.size(); i++) {
            if (!teamDepartments.contains(checkItems.get(i).department())) {
                problems.add(new FieldProblem("checkItems[" + i + "].department", "department '" + checkItems.get(i).department()
                        + "' checks items but sends no team"));
            }
        }
        if (entropySource == null || entropySource.isBlank()) {
            problems.add(new FieldProblem("entropySource", "announce how the public entropy will be taken at the draw"));
        }
        if (drawDate != null && dueDate != null && drawDate.isAfter(dueDate)) {
            problems.add(new FieldProblem("drawDate", "the draw must come before the due date " + dueDate));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return this;
    }

    /** The initiating department first, then the participating ones (发起部门 / 配合部门). */
    public List<String> departments() {
        Set<String> all = new LinkedHashSet<>();
        all.add(initiatingDepartment);
        teams.forEach(t -> all.add(t.department()));
        return List.copyOf(all);
    }

    /** Item keys "department/code", to compare tasks "for the same items". */
    public Set<String> itemKeys() {
        Set<String> keys = new HashSet<>();
        checkItems.forEach(i -> keys.add(i.department() + "/" + i.code()));
        return keys;
    }

    /** DRAW-1 §2: identifiers are non-empty and free of TAB, LF, CR and comma. */
    static void checkIdentifier(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "is required"));
        } else if (!DrawIdentifiers.encodable(value)) {
            problems.add(new FieldProblem(field, "must not contain tabs, line breaks or commas"));
        }
    }
}
