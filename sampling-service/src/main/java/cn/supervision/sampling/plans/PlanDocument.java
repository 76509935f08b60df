package cn.supervision.sampling.plans;

import java.time.Instant;

import cn.supervision.sampling.plans.domain.SamplingPlan;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A stored plan with who made it and when. */
@Document("plans")
class PlanDocument {

    @Id
    String planId;
    SamplingPlan plan;
    String createdBy;
    Instant createdAt;
    @Version
    Long version;
}
