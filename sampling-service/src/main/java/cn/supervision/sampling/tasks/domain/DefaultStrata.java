package cn.supervision.sampling.tasks.domain;

import java.util.List;

/**
 * The strata a task gets when neither it nor its plan names any: the seed's "投诉举报多、列入异常名录、严重违法违规记录、
 * 特殊行业、重点区域 → 加大比例和频次" first, then credit risk D (high) to A (low), after the Henan 2021 scale
 * (high 30 %, fairly high 10 %) raised at the low end so that a department can reach the 10 % yearly floor in batches.
 * First match wins, so a listed enterprise is drawn at its list's ratio whatever its risk class.
 */
public final class DefaultStrata {

    private DefaultStrata() {
    }

    public static List<StratumRule> riskAndTags() {
        return List.of(
                new StratumRule("serious-violation", "tag", List.of("SERIOUS_VIOLATION"), 5000),
                new StratumRule("abnormal-or-complaints", "tag", List.of("ABNORMAL_OPERATIONS", "MANY_COMPLAINTS"), 3000),
                new StratumRule("risk-D", "riskLevel", List.of("D"), 3000),
                new StratumRule("special-industry-or-key-region", "tag", List.of("SPECIAL_INDUSTRY", "KEY_REGION"), 2000),
                new StratumRule("risk-C", "riskLevel", List.of("C"), 1000),
                new StratumRule("risk-B", "riskLevel", List.of("B"), 500),
                new StratumRule("risk-A", "riskLevel", List.of("A"), 300),
                new StratumRule("unrated", null, List.of(), 500));
    }
}
