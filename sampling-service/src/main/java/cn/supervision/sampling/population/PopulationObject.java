package cn.supervision.sampling.population;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An object of the directory as sampling sees it; {@code eventTime} guards against an old event overwriting a newer
 * state. The risk level here is registry's; {@link Population#effectiveRisk} lets a newer credit event win.
 */
@Document("population")
public record PopulationObject(@Id String objectId, String uscc, String name, String objectType, String industry, String region,
        String status, List<String> supervisingDepartments, String riskLevel, Set<String> tags, Integer complaintCount, Instant eventTime) {
}
