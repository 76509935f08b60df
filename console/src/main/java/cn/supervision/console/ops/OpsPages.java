package cn.supervision.console.ops;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.supervision.console.api.PlatformApi;
import cn.supervision.console.api.Service;
import cn.supervision.console.api.ServiceProblem;
import cn.supervision.console.signin.Staff;
import cn.supervision.console.web.Refused;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 公示与推送, for administrators and auditors: which results missed their 20-working-day disclosure deadline, what
 * still waits for the provincial platform (how many, since when, the last error), the reconciliation with the
 * province and the public site. Disclosure answers; the console only shows. Other staff read the same endpoints
 * through their own work pages; this operator view is kept to those who act on it.
 */
@Controller
class OpsPages {

    private final PlatformApi api;

    OpsPages(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/ops")
    String ops(Staff staff, Model model) {
        allowed(staff);
        List<Map<String, Object>> overdue = api.list(Service.DISCLOSURE, "/disclosure/overdue");
        List<Map<String, Object>> queue = api.list(Service.DISCLOSURE, "/disclosure/push-queue");
        model.addAttribute("overdue", overdue);
        model.addAttribute("queue", queue);
        model.addAttribute("backlog", PushBacklog.of(queue));
        return "console/ops/ops";
    }

    /** 对账: disclosure asks the province for its acknowledgements and compares them with the ledger. */
    @GetMapping("/ops/reconciliation")
    String reconciliation(Staff staff, Model model) {
        allowed(staff);
        try {
            model.addAttribute("report", api.get(Service.DISCLOSURE, "/disclosure/provincial/reconciliation"));
        } catch (ServiceProblem unusable) {
            if (unusable.status() != 409 && unusable.status() != 502) {
                throw unusable;
            }
            // no province configured (409) or its answer unusable (502): say so on the page, it is an operator's finding
            model.addAttribute("problem", "未能对账：" + unusable.detail());
        }
        return "console/ops/reconciliation";
    }

    private static void allowed(Staff staff) {
        if (!staff.isAdmin() && !staff.isAuditor()) {
            throw new Refused("公示与推送状态仅供管理员和审计人员查看。");
        }
    }

    /** The push queue in three numbers: how many wait, since when the oldest, the latest error the province gave. */
    record PushBacklog(int count, Object oldestEnqueuedAt, Object oldestDeadline, String lastError, int attempts) {

        static PushBacklog of(List<Map<String, Object>> queue) {
            if (queue.isEmpty()) {
                return new PushBacklog(0, null, null, null, 0);
            }
            // the queue comes oldest first; the error worth showing is the one of the entry tried most recently
            Map<String, Object> oldest = queue.get(0);
            String lastError = queue.stream().filter(e -> e.get("lastError") != null)
                    .max(java.util.Comparator.comparing(e -> Objects.toString(e.get("nextAttemptAt"), "")))
                    .map(e -> e.get("lastError").toString()).orElse(null);
            int attempts = queue.stream().mapToInt(e -> e.get("attempts") instanceof Number n ? n.intValue() : 0).sum();
            return new PushBacklog(queue.size(), oldest.get("enqueuedAt"), oldest.get("disclosureDeadline"), lastError, attempts);
        }
    }
}
