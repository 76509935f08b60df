package cn.supervision.disclosure.results;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public, login-free search of results (一公开). */
@RestController
@RequestMapping("/public")
class PublicResultController {

    private final PublicResults results;

    PublicResultController(PublicResults results) {
        this.results = results;
    }

    /**
     * Searches by USCC (exact), object name (any part, taken literally), task, department, result category, result
     * date range and kind (INSPECTION / REFUSAL); newest result first; size capped at 100.
     */
    @GetMapping("/results")
    ResultPage search(@RequestParam(required = false) String uscc, @RequestParam(required = false) String name,
            @RequestParam(required = false) String taskId, @RequestParam(required = false) String department,
            @RequestParam(required = false) String category, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        return results.page(ResultSearch.parse(uscc, name, taskId, department, category, from, to, kind, page, size));
    }
}
