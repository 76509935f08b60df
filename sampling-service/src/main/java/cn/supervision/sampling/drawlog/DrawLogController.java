package cn.supervision.sampling.drawlog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.supervision.sampling.drawlog.domain.DrawChain;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The draw log for staff and auditors, and the public check that the chain is intact. */
@RestController
class DrawLogController {

    private final DrawLog drawLog;
    private final MeterRegistry meters;

    DrawLogController(DrawLog drawLog, MeterRegistry meters) {
        this.drawLog = drawLog;
        this.meters = meters;
    }

    @GetMapping("/draw-log")
    List<DrawLogEntry> entries(@RequestParam(required = false) String taskId, @RequestParam(defaultValue = "0") long from,
            @RequestParam(defaultValue = "500") int limit) {
        return drawLog.entries(taskId, from, Math.min(Math.max(limit, 1), 5000));
    }

    /** Anyone may check that no entry was changed, removed or slipped in: recomputes every hash from the start. */
    @GetMapping("/public/draw-log/verify")
    Map<String, Object> verify() {
        DrawChain.Verdict verdict = drawLog.verify();
        meters.counter("supervision.sampling.drawlog.verifications", "result", verdict.valid() ? "valid" : "broken").increment();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("valid", verdict.valid());
        view.put("entries", verdict.entries());
        view.put("headHash", verdict.headHash());
        if (!verdict.valid()) {
            view.put("firstBadEntry", verdict.firstBadSeq());
            view.put("problem", verdict.problem());
        }
        view.put("rule", "hash = SHA-256 of the entry's text and the previous entry's hash; see docs/sampling-service.md");
        return view;
    }
}
