package cn.supervision.sampling.plans;

import java.util.List;

import cn.supervision.sampling.tasks.domain.StratumRule;

/** What a task takes from its plan: departments, strata, the year and N of the exclusion rule. */
public record PlanRules(String planId, int year, List<String> departments, List<StratumRule> strata, int maxRandomInspectionsPerYear) {
}
