package cn.supervision.credit.rules;

import cn.supervision.credit.rules.domain.RuleBook;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RuleBookController {

    private final RuleBook rules;

    RuleBookController(RuleBook rules) {
        this.rules = rules;
    }

    /** The active rules, as loaded: anyone can see why an object is on a list or at a level. */
    @GetMapping("/credit-rules")
    RuleBook rules() {
        return rules;
    }
}
