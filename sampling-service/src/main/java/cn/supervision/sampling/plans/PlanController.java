package cn.supervision.sampling.plans;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.supervision.sampling.plans.domain.Coverage;
import cn.supervision.sampling.plans.domain.SamplingPlan;
import cn.supervision.sampling.tasks.domain.DepartmentItem;
import cn.supervision.sampling.tasks.domain.StratumRule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Plans (抽查计划) and coverage (年度随机抽查占比) for staff. */
@RestController
class PlanController {

    record Condition(@NotBlank String attribute, @NotEmpty List<@NotBlank String> in) {
    }

    record StratumRequest(@NotBlank String name, @Valid Condition condition, @NotNull Integer ratioBp) {
    }

    record ItemRequest(@NotBlank String department, @NotBlank String code) {
    }

    record CreatePlan(@NotBlank String planId, @NotNull Integer year, @NotBlank String initiatingDepartment,
            List<@NotBlank String> participatingDepartments, @NotEmpty List<@Valid ItemRequest> checkItems,
            @NotEmpty List<@NotBlank String> objectTypes, List<@Valid StratumRequest> strata, @NotNull Integer plannedBatches,
            @NotNull Integer targetCoverageBp, Integer maxRandomInspectionsPerYear) {

        SamplingPlan toPlan(int defaultMaxRandom) {
            return new SamplingPlan(planId.strip(), year, initiatingDepartment, participatingDepartments,
                    checkItems.stream().map(i -> new DepartmentItem(i.department(), i.code())).toList(), objectTypes,
                    strata == null ? List.of() : strata.stream().map(s -> new StratumRule(s.name(), s.condition() == null ? null
                            : s.condition().attribute(), s.condition() == null ? List.of() : s.condition().in(), s.ratioBp())).toList(),
                    plannedBatches, targetCoverageBp, maxRandomInspectionsPerYear == null ? defaultMaxRandom : maxRandomInspectionsPerYear);
        }
    }

    /** A plan as shown to staff. */
    record PlanView(String planId, SamplingPlan plan, boolean joint, String createdBy, java.time.Instant createdAt) {

        static PlanView of(PlanDocument d) {
            return new PlanView(d.planId, d.plan, d.plan.joint(), d.createdBy, d.createdAt);
        }
    }

    private final Plans plans;
    private final CoverageFigures coverage;
    private final Clock clock;
    private final int defaultMaxRandom;

    PlanController(Plans plans, CoverageFigures coverage, Clock clock,
            @org.springframework.beans.factory.annotation.Value("${sampling.exclusions.max-random-inspections-per-year:2}") int defaultMaxRandom) {
        this.plans = plans;
        this.coverage = coverage;
        this.clock = clock;
        this.defaultMaxRandom = defaultMaxRandom;
    }

    @PostMapping("/plans")
    ResponseEntity<PlanView> create(@Valid @RequestBody CreatePlan request) {
        PlanDocument plan = plans.create(request.toPlan(defaultMaxRandom));
        return ResponseEntity.created(URI.create("/plans/" + plan.planId)).body(PlanView.of(plan));
    }

    @GetMapping("/plans/{planId}")
    PlanView find(@PathVariable String planId) {
        return PlanView.of(plans.find(planId));
    }

    @GetMapping("/plans")
    List<PlanView> list(@RequestParam(required = false) Integer year) {
        return plans.ofYear(year).stream().map(PlanView::of).toList();
    }

    /** Coverage of every department (or one) in a year, against its plan's target and the 10 % floor. */
    @GetMapping("/coverage")
    List<Coverage> coverage(@RequestParam(required = false) Integer year, @RequestParam(required = false) String department) {
        return coverage.of(year == null ? LocalDate.now(clock).getYear() : year, department);
    }
}
