package cn.supervision.sampling.tasks;

import java.time.LocalDate;
import java.util.List;

import cn.supervision.sampling.tasks.domain.DepartmentItem;
import cn.supervision.sampling.tasks.domain.StratumRule;
import cn.supervision.sampling.tasks.domain.TaskDefinition;
import cn.supervision.sampling.tasks.domain.Team;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
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

    record CreateTask(
            @NotBlank @Size(max = 60) String taskId,
            @NotBlank @Size(max = 200) String name,
            @NotBlank String initiatingDepartment,
            @NotEmpty List<@NotBlank String> objectTypes,
            @NotEmpty List<@Valid ItemRequest> checkItems,
            @NotEmpty List<@Valid StratumRequest> strata,
            @NotEmpty List<@Valid TeamRequest> teams,
            @NotBlank @Size(max = 500) String entropySource,
            LocalDate dueDate) {

        TaskDefinition toDefinition() {
            return new TaskDefinition(taskId.strip(), name.strip(), initiatingDepartment, List.copyOf(objectTypes),
                    checkItems.stream().map(i -> new DepartmentItem(i.department(), i.code())).toList(),
                    strata.stream().map(s -> new StratumRule(s.name(), s.condition() == null ? null : s.condition().attribute(),
                            s.condition() == null ? List.of() : List.copyOf(s.condition().in()), s.ratioBp())).toList(),
                    teams.stream().map(t -> new Team(t.department(), t.count())).toList(), entropySource.strip(), dueDate).validated();
        }
    }

    /** A new freeze replacing an earlier one must say why (the draw log keeps both). */
    record FreezeRequest(@Size(max = 500) String reason) {
    }

    record DrawRequest(@NotBlank(message = "enter the public entropy announced at the freeze") @Size(max = 500) String publicEntropy) {
    }
}
