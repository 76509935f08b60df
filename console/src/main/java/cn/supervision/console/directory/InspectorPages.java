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

/** 执法检查人员名录: the inspectors by department, status, region and qualification; one inspector with history. */
@Controller
class InspectorPages {

    static final String LIST = "/directory/inspectors";
    static final List<String> FILTERS = List.of("department", "status", "region", "qualification");

    private final PlatformApi api;

    InspectorPages(PlatformApi api) {
        this.api = api;
    }

    @GetMapping(LIST)
    String list(@RequestParam Map<String, String> request, Model model) {
        Filters filters = Filters.of(request, FILTERS);
        model.addAttribute("filters", filters);
        RefusedFilter.shownOnForm(model, "inspectors", () -> {
            Map<String, Object> answer = api.get(Service.REGISTRY, filters.service("/inspectors"));
            model.addAttribute("inspectors", answer.get("items"));
            model.addAttribute("paging", Paging.of(answer, filters, LIST));
        });
        return "console/directory/inspectors";
    }

    @GetMapping(LIST + "/{certificateNumber}")
    String inspector(@PathVariable String certificateNumber, Model model) {
        model.addAttribute("inspector", api.get(Service.REGISTRY, path("/inspectors/{c}", certificateNumber)));
        model.addAttribute("history", api.list(Service.REGISTRY, path("/inspectors/{c}/history", certificateNumber)));
        return "console/directory/inspector";
    }
}
