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
        return Map.of("objects", mongo.count(new Query(), PopulationObject.class), "inspectors", mongo.count(new Query(), RosterInspector.class));
    }

    /** One object as the read model knows it: answers "why was this object (not) eligible?". */
    @GetMapping("/population/objects/{objectId}")
    PopulationObject object(@PathVariable String objectId) {
        PopulationObject object = mongo.findById(objectId, PopulationObject.class);
        if (object == null) {
            throw ProblemException.notFound("object " + objectId + " in sampling's read model");
        }
        return object;
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
