package cn.supervision.credit.repair;

import cn.supervision.credit.repair.domain.RepairApplication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RepairController {

    private final CreditRepairs repairs;

    RepairController(CreditRepairs repairs) {
        this.repairs = repairs;
    }

    /** Files an application to leave a list; 422 when the object is not on it, 409 when one is already pending. */
    @PostMapping("/credit-files/{objectId}/repair-applications")
    @ResponseStatus(HttpStatus.CREATED)
    RepairApplication apply(@PathVariable String objectId, @RequestBody ApplyRequest request) {
        return repairs.apply(objectId, request);
    }

    /** Decides it; an approval takes the object off the list at once (published), 422 listing any unmet condition. */
    @PostMapping("/credit-files/{objectId}/repair-applications/{applicationId}/decision")
    RepairApplication decide(@PathVariable String objectId, @PathVariable String applicationId, @RequestBody DecisionRequest request) {
        return repairs.decide(objectId, applicationId, request);
    }
}
