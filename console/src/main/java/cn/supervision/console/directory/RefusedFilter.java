package cn.supervision.console.directory;

import java.util.List;

import cn.supervision.console.api.ServiceProblem;
import org.springframework.ui.Model;

/**
 * A directory list whose filters the registry may refuse (a page out of range, a size over 500): then the same form
 * again with the field marked and an empty list, not an error page.
 */
final class RefusedFilter {

    private RefusedFilter() {
    }

    /** Runs {@code fill} (which puts the list on the model); on a 400 puts the refusal and an empty {@code attribute}. */
    static void shownOnForm(Model model, String attribute, Runnable fill) {
        try {
            fill.run();
        } catch (ServiceProblem refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            model.addAttribute("problem", FormErrors.summary(refused));
            model.addAttribute("errors", FormErrors.of(refused));
            model.addAttribute(attribute, List.of());
        }
    }
}
