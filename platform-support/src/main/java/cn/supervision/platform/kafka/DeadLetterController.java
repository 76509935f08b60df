package cn.supervision.platform.kafka;

import java.util.Map;
import java.util.TreeMap;

import cn.supervision.platform.problem.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operators' view of parked events: how many wait per binding, and a replay once the cause is fixed (docs/runbook.md). */
@RestController
@RequestMapping("/admin/dead-letters")
public class DeadLetterController {

    private final DeadLetterReplay replay;
    private final ConsumerLagMonitor monitor;

    public DeadLetterController(DeadLetterReplay replay, ConsumerLagMonitor monitor) {
        this.replay = replay;
        this.monitor = monitor;
    }

    @GetMapping
    Map<String, Long> waiting() {
        monitor.measure();
        Map<String, Long> depth = new TreeMap<>();
        replay.bindings().forEach(binding -> depth.put(binding, monitor.dlqDepth(binding)));
        return depth;
    }

    @PostMapping("/{binding}/replay")
    Map<String, Object> replay(@PathVariable String binding) {
        if (!replay.bindings().contains(binding)) {
            throw ProblemException.notFound("input binding " + binding);
        }
        int moved = replay.replay(binding);
        monitor.measure();
        return Map.of("binding", binding, "replayed", moved);
    }
}
