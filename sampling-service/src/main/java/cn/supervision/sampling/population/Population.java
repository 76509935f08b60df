package cn.supervision.sampling.population;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Read access to the read model for the rest of sampling: streamed, so a province-sized directory is never one list. */
@Component
public class Population {

    private final MongoTemplate mongo;

    Population(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Every object of the given types, one at a time. */
    public void forEachOfTypes(List<String> objectTypes, Consumer<PopulationObject> action) {
        try (java.util.stream.Stream<PopulationObject> objectsStream = mongo.stream(new Query(where("objectType").in(objectTypes)), PopulationObject.class)) {
            java.util.Iterator<PopulationObject> objects = objectsStream.iterator();
            objects.forEachRemaining(action);
        }
    }

    public void forEach(Consumer<PopulationObject> action) {
        try (java.util.stream.Stream<PopulationObject> objectsStream = mongo.stream(new Query(), PopulationObject.class)) {
            java.util.Iterator<PopulationObject> objects = objectsStream.iterator();
            objects.forEachRemaining(action);
        }
    }

    /** Credit's latest levels, for the objects credit-service has rated. */
    public Map<String, CreditRisk> creditRisks() {
        Map<String, CreditRisk> risks = new HashMap<>();
        try (java.util.stream.Stream<CreditRisk> allStream = mongo.stream(new Query(), CreditRisk.class)) {
            java.util.Iterator<CreditRisk> all = allStream.iterator();
            all.forEachRemaining(r -> risks.put(r.objectId(), r));
        }
        return risks;
    }

    /** Credit's level when it changed after registry's last state of the object, registry's otherwise. */
    public static String effectiveRisk(PopulationObject object, CreditRisk credit) {
        if (credit == null || (object.eventTime() != null && credit.changedAt() != null && credit.changedAt().isBefore(object.eventTime())
                && object.riskLevel() != null)) {
            return object.riskLevel();
        }
        return credit.level();
    }

    public PopulationObject object(String objectId) {
        return mongo.findById(objectId, PopulationObject.class);
    }

    public PopulationObject byUscc(String uscc) {
        return mongo.findOne(new Query(where("uscc").is(uscc)), PopulationObject.class);
    }

    public CreditRisk creditRisk(String objectId) {
        return mongo.findById(objectId, CreditRisk.class);
    }

    public List<RosterInspector> inspectorsOf(List<String> departments) {
        return mongo.find(new Query(where("department").in(departments)), RosterInspector.class);
    }

    public RosterInspector inspector(String inspectorId) {
        return mongo.findById(inspectorId, RosterInspector.class);
    }

    public CheckItemRecord checkItem(String code) {
        return mongo.findById(code, CheckItemRecord.class);
    }
}
