package cn.supervision.console.directory;

import java.util.List;
import java.util.Map;

import cn.supervision.console.api.PlatformApi;
import cn.supervision.console.api.Service;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import static cn.supervision.console.api.PlatformApi.path;

/**
 * 检查对象名录: search and browse the object directory with the registry's filters, one object with its history and
 * a link to its credit file. The registry answers; the console only shows.
 */
@Controller
class ObjectPages {

    static final String LIST = "/directory/objects";
    static final List<String> FILTERS = List.of("q", "type", "region", "industry", "tag", "riskLevel", "department", "status");

    private final PlatformApi api;

    ObjectPages(PlatformApi api) {
        this.api = api;
    }

    @GetMapping(LIST)
    String list(@RequestParam Map<String, String> request, Model model) {
        Filters filters = Filters.of(request, FILTERS);
        model.addAttribute("filters", filters);
        RefusedFilter.shownOnForm(model, "objects", () -> {
            Map<String, Object> answer = api.get(Service.REGISTRY, filters.service("/objects"));
            model.addAttribute("objects", answer.get("items"));
            model.addAttribute("paging", Paging.of(answer, filters, LIST));
        });
        return "console/directory/objects";
    }

    /** The same search as a spreadsheet (导出), in the import template's layout so it can be edited and imported back. */
    @GetMapping(LIST + "/export")
    ResponseEntity<byte[]> export(@RequestParam Map<String, String> request) {
        Filters filters = Filters.of(request, FILTERS);
        return Downloads.passOn(api.download(Service.REGISTRY, PlatformApi.query(filters.serviceUnpaged("/objects/export"),
                Map.of("format", "xlsx"))));
    }

    @GetMapping(LIST + "/{key}")
    String object(@PathVariable String key, Model model) {
        model.addAttribute("object", api.get(Service.REGISTRY, path("/objects/{key}", key)));
        model.addAttribute("history", api.list(Service.REGISTRY, path("/objects/{key}/history", key)));
        return "console/directory/object";
    }
}
