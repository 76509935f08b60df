package cn.supervision.sampling.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.supervision.sampling.tasks.TaskDocument.FrozenObject;
import cn.supervision.sampling.tasks.domain.DepartmentItem;
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
            Instant publishedAt) {
    }

    record StratumSize(String name, int ratioBp, int n) {
    }

    record DrawCommitted(String taskId, int freezeNumber, String reason, String populationDigest, String rosterDigest, String paramsDigest,
            String commitment, List<StratumSize> strata, List<Team> teams, String entropySource, Instant frozenAt) {
    }

    record AssignedInspector(String inspectorId, String name, String department) {
    }

    record Shortfall(String department, int missing) {
    }

    record SampleDrawn(String taskId, String taskName, String taskType, String initiatingDepartment, String objectId, String uscc,
            String objectName, String objectType, String stratum, String rank, List<DepartmentItem> checkItems,
            List<AssignedInspector> inspectors, List<Shortfall> shortfalls, java.time.LocalDate dueDate, Instant drawnAt) {
    }

    static TaskPublished published(TaskDocument task) {
        TaskDefinition d = task.definition;
        return new TaskPublished(d.taskId(), d.name(), d.initiatingDepartment(), d.departments(), "RANDOM", d.objectTypes(), d.checkItems(),
                d.strata().stream().map(s -> new StratumRatio(s.name(), s.ratioBp())).toList(), d.teams(), d.entropySource(), task.publishedAt);
    }

    static DrawCommitted committed(TaskDocument task) {
        TaskDocument.Freeze f = task.freeze;
        return new DrawCommitted(task.taskId, f.number(), f.reason(), f.populationDigest(), f.rosterDigest(), f.paramsDigest(), f.commitment(),
                f.strata().stream().map(s -> new StratumSize(s.name(), s.ratioBp(), s.population().size())).toList(), task.definition.teams(),
                task.definition.entropySource(), f.frozenAt());
    }

    static SampleDrawn drawn(TaskDocument task, FrozenObject object, DrawCeremony.Pick pick, List<Shortfall> shortfalls,
            Map<String, String> inspectorNames, Map<String, String> inspectorDepartments, Instant now) {
        TaskDefinition d = task.definition;
        List<AssignedInspector> inspectors = pick.inspectors().stream()
                .map(id -> new AssignedInspector(id, inspectorNames.get(id), inspectorDepartments.get(id))).toList();
        return new SampleDrawn(d.taskId(), d.name(), "RANDOM", d.initiatingDepartment(), object.objectId(), object.uscc(), object.name(),
                object.objectType(), pick.stratum(), pick.rank(), d.checkItems(), inspectors, shortfalls, d.dueDate(), now);
    }
}
