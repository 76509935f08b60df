package cn.supervision.credit.assessment.domain;

import java.util.List;

import cn.supervision.credit.rules.domain.RiskLevel;

/** 信用风险: the level, the score it comes from, and every part of the score with the rule and the fact behind it. */
public record Risk(int score, RiskLevel level, List<Part> parts) {

    public Risk {
        parts = List.copyOf(parts);
    }

    public record Part(String rule, int points, String description, String sourceEventId) {
    }
}
