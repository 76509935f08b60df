package cn.supervision.sampling.tasks;

import java.time.LocalDate;
import java.util.List;

import cn.supervision.sampling.tasks.domain.DepartmentItem;
import cn.supervision.sampling.tasks.domain.StratumRule;
import cn.supervision.sampling.tasks.domain.Targeting;
import cn.supervision.sampling.tasks.domain.TaskDefinition;
import cn.supervision.sampling.tasks.domain.TaskType;
import cn.supervision.sampling.tasks.domain.Team;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the task API. */
final class TaskRequests {

    private TaskRequests() {
    }

    record Condition(@NotBlank String attribute, @NotEmpty List<@NotBlank String> in) {
    }

    record StratumRequest(@NotBlank String name, @Valid Condition condition, @NotNull Integer ratioBp) {
    }

    record TeamRequest(@NotBlank String department, @NotNull Integer count) {
    }

    record ItemRequest(@NotBlank String department, @NotBlank String code) {
    }

    /** 定向 filters; all empty (or absent) = untargeted. */
    record Filters(List<@NotBlank String> regions, List<@NotBlank String> industries, List<@NotBlank String> tags) {
    }

    record CreateTask(
            @NotBlank @Size(max = 60) @Pattern(regexp = "^(?!FU-).*", message = "FU- is reserved for follow-up tasks") String taskId,
            @NotBlank @Size(max = 200) String name,
            @NotBlank String initiatingDepartment,
            @NotEmpty List<@NotBlank String> objectTypes,
            @Valid Filters filters,
            @NotEmpty List<@Valid ItemRequest> checkItems,
            List<@Valid StratumRequest> strata,
            @NotEmpty List<@Valid TeamRequest> teams,
            @NotBlank @Size(max = 500) String entropySource,
            LocalDate dueDate,
            LocalDate drawDate,
            String planId,
            Boolean publishDrawnList) {

        /** Validated by the domain once the strata are settled (the task's, else the plan's, else the defaults). */
        TaskDefinition toDefinition() {
            return new TaskDefinition(taskId.strip(), name.strip(), TaskType.RANDOM, initiatingDepartment, List.copyOf(objectTypes),
                    filters == null ? Targeting.NONE : new Targeting(filters.regions(), filters.industries(), filters.tags()),
                    checkItems.stream().map(i -> new DepartmentItem(i.department(), i.code())).toList(),
                    strata == null ? List.of() : strata.stream().map(s -> new StratumRule(s.name(), s.condition() == null ? null
                            : s.condition().attribute(), s.condition() == null ? List.of() : List.copyOf(s.condition().in()), s.ratioBp())).toList(),
                    teams.stream().map(t -> new Team(t.department(), t.count())).toList(), entropySource.strip(), dueDate, drawDate,
                    planId == null || planId.isBlank() ? null : planId.strip(), publishDrawnList == null || publishDrawnList, null);
        }
    }

    /** A new freeze replacing an earlier one must say why (the draw log keeps both). */
    record FreezeRequest(@Size(max = 500) String reason) {
    }

    record DrawRequest(@NotBlank(message = "enter the public entropy announced at the freeze") @Size(max = 500) String publicEntropy) {
    }

    /** 人工排除 before the freeze: an inspector (temporarily unavailable) or, with objectId, one inspector–object pair. */
    record ExcludeInspector(@NotBlank String inspectorId, String objectId, @NotBlank @Size(max = 500) String reason) {
    }

    /** Staff name the missing inspectors of a shortfall: a manual, non-random assignment. */
    record ResolveShortfall(@NotEmpty List<@NotBlank String> inspectors, @NotBlank @Size(max = 500) String reason) {
    }
}
