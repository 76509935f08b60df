package cn.supervision.sampling.population;

import java.util.Map;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import cn.supervision.platform.problem.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** How much of the directory the read model holds: lets staff see that sampling has caught up before a freeze. */
@RestController
class PopulationController {

    private final MongoTemplate mongo;

    PopulationController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping("/population")
    Map<String, Long> summary() {
        return Map.of("objects", mongo.count(new Query(), PopulationObject.class), "inspectors", mongo.count(new Query(), RosterInspector.class),
                "checkItems", mongo.count(new Query(), CheckItemRecord.class));
    }

    /** One object as the read model knows it, with the risk level the strata use: answers "why was this object (not) eligible?". */
    @GetMapping("/population/objects/{objectId}")
    Map<String, Object> object(@PathVariable String objectId) {
        PopulationObject object = mongo.findById(objectId, PopulationObject.class);
        if (object == null) {
            throw ProblemException.notFound("object " + objectId + " in sampling's read model");
        }
        CreditRisk credit = mongo.findById(objectId, CreditRisk.class);
        Map<String, Object> view = new java.util.LinkedHashMap<>();
        view.put("objectId", object.objectId());
        view.put("uscc", object.uscc());
        view.put("name", object.name());
        view.put("objectType", object.objectType());
        view.put("industry", object.industry());
        view.put("region", object.region());
        view.put("status", object.status());
        view.put("supervisingDepartments", object.supervisingDepartments());
        view.put("riskLevel", Population.effectiveRisk(object, credit));
        view.put("registryRiskLevel", object.riskLevel());
        view.put("creditRisk", credit);
        view.put("tags", object.tags());
        view.put("complaintCount", object.complaintCount());
        view.put("eventTime", object.eventTime());
        return view;
    }

    @GetMapping("/population/check-items/{code}")
    CheckItemRecord checkItem(@PathVariable String code) {
        CheckItemRecord item = mongo.findById(code, CheckItemRecord.class);
        if (item == null) {
            throw ProblemException.notFound("check item " + code + " in sampling's read model");
        }
        return item;
    }

    @GetMapping("/population/inspectors/{inspectorId}")
    RosterInspector inspector(@PathVariable String inspectorId) {
        RosterInspector inspector = mongo.findById(inspectorId, RosterInspector.class);
        if (inspector == null) {
            throw ProblemException.notFound("inspector " + inspectorId + " in sampling's read model");
        }
        return inspector;
    }
}
