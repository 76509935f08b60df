package cn.supervision.sampling.plans;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.supervision.platform.problem.ProblemException;
import cn.supervision.sampling.access.ActingUser;
import cn.supervision.sampling.access.DepartmentScope;
import cn.supervision.sampling.plans.domain.SamplingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Yearly plans: created once per id, read by tasks (strata, N) and by the coverage figures (target). */
@Service
public class Plans {

    private static final Logger log = LoggerFactory.getLogger(Plans.class);

    private final MongoTemplate mongo;
    private final DepartmentScope scope;
    private final Clock clock;

    Plans(MongoTemplate mongo, DepartmentScope scope, Clock clock) {
        this.mongo = mongo;
        this.scope = scope;
        this.clock = clock;
    }

    PlanDocument create(SamplingPlan plan) {
        ActingUser user = scope.current();
        scope.authorise(user, plan.departments(), "create plan");
        PlanDocument doc = new PlanDocument();
        doc.planId = plan.planId();
        doc.plan = plan.validated();
        doc.createdBy = user.name();
        doc.createdAt = Instant.now(clock);
        try {
            mongo.insert(doc);
        } catch (DuplicateKeyException duplicate) {
            throw ProblemException.conflict("planId", "plan " + plan.planId() + " already exists");
        }
        log.info("plan {} for {} ({}) created by {}", plan.planId(), plan.year(), plan.departments(), user.name());
        return doc;
    }

    PlanDocument find(String planId) {
        PlanDocument doc = mongo.findById(planId, PlanDocument.class);
        if (doc == null) {
            throw ProblemException.notFound("plan " + planId);
        }
        return doc;
    }

    List<PlanDocument> ofYear(Integer year) {
        return mongo.find(year == null ? new Query() : new Query(where("plan.year").is(year)), PlanDocument.class);
    }

    /** The rules a task takes from its plan; empty when there is no such plan. */
    public Optional<PlanRules> rules(String planId) {
        PlanDocument doc = mongo.findById(planId, PlanDocument.class);
        if (doc == null) {
            return Optional.empty();
        }
        SamplingPlan p = doc.plan;
        return Optional.of(new PlanRules(p.planId(), p.year(), p.departments(), p.strata(), p.maxRandomInspectionsPerYear()));
    }
}
