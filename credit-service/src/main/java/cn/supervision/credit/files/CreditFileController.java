package cn.supervision.credit.files;

import cn.supervision.credit.files.domain.CreditFile;
import cn.supervision.platform.problem.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/credit-files")
class CreditFileController {

    private final CreditFiles files;

    CreditFileController(CreditFiles files) {
        this.files = files;
    }

    /** The file of one object, entries by date then arrival; 404 when nothing is on record. */
    @GetMapping("/{objectId}")
    CreditFile find(@PathVariable String objectId) {
        return files.find(objectId).orElseThrow(() -> ProblemException.notFound("credit file of object " + objectId));
    }
}
