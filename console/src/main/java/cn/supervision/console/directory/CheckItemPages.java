package cn.supervision.console.directory;

import java.util.List;
import java.util.Map;

import cn.supervision.console.api.PlatformApi;
import cn.supervision.console.api.Service;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import static cn.supervision.console.api.PlatformApi.path;

/**
 * 抽查事项清单: the check items by department (owner or participant), status, object type and kind; one item with its
 * legal basis and history. The registry serves the list unpaged (it is short: a department's items).
 */
@Controller
class CheckItemPages {

    static final String LIST = "/directory/check-items";
    static final List<String> FILTERS = List.of("department", "status", "objectType", "kind");

    private final PlatformApi api;

    CheckItemPages(PlatformApi api) {
        this.api = api;
    }

    @GetMapping(LIST)
    String list(@RequestParam Map<String, String> request, Model model) {
        Filters filters = Filters.of(request, FILTERS);
        model.addAttribute("filters", filters);
        RefusedFilter.shownOnForm(model, "items",
                () -> model.addAttribute("items", api.list(Service.REGISTRY, filters.serviceUnpaged("/public/check-items"))));
        return "console/directory/check-items";
    }

    @GetMapping(LIST + "/{code}")
    String item(@PathVariable String code, Model model) {
        model.addAttribute("item", api.get(Service.REGISTRY, path("/public/check-items/{code}", code)));
        model.addAttribute("history", api.list(Service.REGISTRY, path("/check-items/{code}/history", code)));
        return "console/directory/check-item";
    }
}
