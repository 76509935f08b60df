package cn.supervision.sampling.tasks.domain;

import java.util.Set;

/** What a stratum condition may look at. */
public record ObjectAttributes(String objectId, String objectType, String status, String riskLevel, String region, String industry,
        Set<String> tags) {
}
