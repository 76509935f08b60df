package cn.supervision.sampling.population;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The latest credit risk level credit-service announced for an object, kept apart from registry's copy. */
@Document("credit_risk")
public record CreditRisk(@Id String objectId, String level, Instant changedAt) {
}
