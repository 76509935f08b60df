package cn.supervision.console.home;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.supervision.console.api.PlatformApi;
import cn.supervision.console.api.Service;
import cn.supervision.console.signin.Staff;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import static cn.supervision.console.api.PlatformApi.query;

/**
 * 首页, per role: an administrator or clerk sees this year's coverage against the plan and the 10 % floor, tasks by
 * state, overdue inspections and disclosures; an inspector their assigned inspections; a reviewer the review queue.
 */
@Controller
class HomeController {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final PlatformApi api;
    private final Clock clock;

    HomeController(PlatformApi api) {
        this.api = api;
        this.clock = Clock.system(BEIJING);
    }

    @GetMapping("/")
    String home(Staff staff, Model model) {
        if (staff.isInspector()) {
            model.addAttribute("assigned", api.list(Service.INSPECTION, query("/inspections", Map.of("inspectorId", staff.inspectorId()))).stream()
                    .filter(r -> !"COMPLETED".equals(r.get("status"))).toList());
        }
        if (staff.isReviewer()) {
            model.addAttribute("queue", api.list(Service.INSPECTION, query("/inspections", Map.of("status", "SUBMITTED", "department", staff.department()))));
        }
        if (staff.isClerk() || staff.isAuditor()) {
            int year = LocalDate.now(clock).getYear();
            String department = staff.department() == null ? "" : staff.department();
            model.addAttribute("year", year);
            model.addAttribute("coverage", api.list(Service.SAMPLING, query("/coverage", Map.of("year", year, "department", department))));
            // the department's tasks include the joint tasks it takes part in, not only those it initiated
            List<Map<String, Object>> tasks = api.list(Service.SAMPLING, query("/tasks", Map.of("department", department)));
            Map<String, Long> byState = new TreeMap<>();
            tasks.forEach(t -> byState.merge(String.valueOf(t.get("state")), 1L, Long::sum));
            model.addAttribute("tasksByState", byState);
            model.addAttribute("recentTasks", tasks.stream().limit(8).toList());
            model.addAttribute("overdueInspections", api.list(Service.INSPECTION, query("/inspections/overdue", Map.of("department", department))));
            model.addAttribute("overdueDisclosures", api.list(Service.DISCLOSURE, "/disclosure/overdue").stream()
                    .filter(e -> department.isEmpty() || e.get("departments") instanceof List<?> d && d.contains(department)).toList());
        }
        return "console/home";
    }
}
