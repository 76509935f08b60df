package cn.supervision.disclosure.enterprises;

import cn.supervision.platform.problem.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** An object's public record as JSON (no login). */
@RestController
class EnterpriseController {

    private final EnterprisePage page;

    EnterpriseController(EnterprisePage page) {
        this.page = page;
    }

    @GetMapping("/public/enterprises/{objectId}")
    EnterprisePage.Enterprise enterprise(@PathVariable String objectId) {
        if (objectId.length() > 100) {
            throw ProblemException.invalid("objectId", "must be at most 100 characters");
        }
        return page.of(objectId).orElseThrow(() -> ProblemException.notFound("a public record of object " + objectId));
    }
}
