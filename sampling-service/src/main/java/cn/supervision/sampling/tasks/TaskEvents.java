package cn.supervision.sampling.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.supervision.sampling.population.PopulationObject;
import cn.supervision.sampling.tasks.domain.DepartmentItem;
import cn.supervision.sampling.tasks.domain.Targeting;
import cn.supervision.sampling.tasks.domain.TaskDefinition;
import cn.supervision.sampling.tasks.domain.Team;

/** Bodies of the events sampling publishes; each matches its schema in {@code contracts/}. */
final class TaskEvents {

    private TaskEvents() {
    }

    record StratumRatio(String name, int ratioBp) {
    }

    record TaskPublished(String taskId, String name, String initiatingDepartment, List<String> departments, String taskType,
            List<String> objectTypes, List<DepartmentItem> checkItems, List<StratumRatio> strata, List<Team> teams, String entropySource,
            Instant publishedAt, boolean targeted, Targeting filters, boolean publishDrawnList, String planId, LocalDate drawDate,
            LocalDate dueDate, String followUpId) {
    }

    record StratumSize(String name, int ratioBp, int n) {
    }

    record DrawCommitted(String taskId, int freezeNumber, String reason, String populationDigest, String rosterDigest, String paramsDigest,
            String commitment, List<StratumSize> strata, List<Team> teams, String entropySource, Instant frozenAt, LocalDate drawDate,
            Map<String, Integer> exclusions) {
    }

    record AssignedInspector(String inspectorId, String name, String department) {
    }

    record Shortfall(String department, int missing) {
    }

    /** 人工指派: an inspector named by staff (shortfall) or by the least-load rule (follow-up) — not drawn at random. */
    record ManualAssignment(String inspectorId, String department, String assignedBy, String reason) {
    }

    record SampleDrawn(String taskId, String taskName, String taskType, String initiatingDepartment, String objectId, String uscc,
            String objectName, String objectType, String stratum, String rank, List<DepartmentItem> checkItems,
            List<AssignedInspector> inspectors, List<Shortfall> shortfalls, LocalDate dueDate, Instant drawnAt, String followUpId,
            List<ManualAssignment> manualAssignments) {

        SampleDrawn completedWith(List<AssignedInspector> all, List<ManualAssignment> manual) {
            return new SampleDrawn(taskId, taskName, taskType, initiatingDepartment, objectId, uscc, objectName, objectType, stratum, rank,
                    checkItems, all, List.of(), dueDate, drawnAt, followUpId, manual);
        }
    }

    static TaskPublished published(TaskDocument task) {
        TaskDefinition d = task.definition;
        return new TaskPublished(d.taskId(), d.name(), d.initiatingDepartment(), d.departments(), d.taskType().name(), d.objectTypes(),
                d.checkItems(), d.strata().stream().map(s -> new StratumRatio(s.name(), s.ratioBp())).toList(), d.teams(), d.entropySource(),
                task.publishedAt, d.targeting().targeted(), d.targeting(), d.publishDrawnList(), d.planId(), d.drawDate(), d.dueDate(),
                d.followUpId());
    }

    static DrawCommitted committed(TaskDocument task) {
        TaskDocument.Freeze f = task.freeze;
        return new DrawCommitted(task.taskId, f.number(), f.reason(), f.populationDigest(), f.rosterDigest(), f.paramsDigest(), f.commitment(),
                f.strata().stream().map(s -> new StratumSize(s.name(), s.ratioBp(), s.n())).toList(), task.definition.teams(),
                task.definition.entropySource(), f.frozenAt(), f.drawDate(), f.excluded());
    }

    static SampleDrawn drawn(TaskDefinition d, String objectId, PopulationObject object, String stratum, String rank,
            List<AssignedInspector> inspectors, List<Shortfall> shortfalls, Instant now, List<ManualAssignment> manual) {
        String name = object == null || object.name() == null ? objectId : object.name();
        String type = object == null || object.objectType() == null ? d.objectTypes().get(0) : object.objectType();
        return new SampleDrawn(d.taskId(), d.name(), d.taskType().name(), d.initiatingDepartment(), objectId, object == null ? null : object.uscc(),
                name, type, stratum, rank, d.checkItems(), inspectors, shortfalls, d.dueDate(), now, d.followUpId(), manual);
    }
}
