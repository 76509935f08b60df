package cn.supervision.sampling.tasks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import cn.supervision.platform.problem.ProblemException;
import cn.supervision.sampling.population.Population;
import cn.supervision.sampling.population.PopulationObject;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * "Was I drawn?" (我被抽中了吗): an enterprise gives its USCC and a task id and sees its stratum, its rank, the threshold
 * and the verdict. The verdict is computed by DRAW-1's self-check from published values only (task id, public
 * entropy, revealed secret, digests, stratum name, threshold) — the same computation the enterprise can repeat itself.
 */
@Service
class SelfCheck {

    private static final Logger log = LoggerFactory.getLogger(SelfCheck.class);
    private static final Pattern USCC = Pattern.compile("^[0-9A-HJ-NPQRTUWXY]{18}$");

    private final SamplingTasks tasks;
    private final FreezeStore freezes;
    private final Population population;
    private final MeterRegistry meters;

    SelfCheck(SamplingTasks tasks, FreezeStore freezes, Population population, MeterRegistry meters) {
        this.tasks = tasks;
        this.freezes = freezes;
        this.population = population;
        this.meters = meters;
    }

    Map<String, Object> check(String taskId, String uscc) {
        if (uscc == null || !USCC.matcher(uscc.strip().toUpperCase()).matches()) {
            throw ProblemException.invalid("uscc", "a unified social credit code is 18 characters: digits and capital letters except I, O, S, V, Z");
        }
        String code = uscc.strip().toUpperCase();
        TaskDocument task = tasks.find(taskId);
        if (task.isFollowUp()) {
            throw ProblemException.ruleViolated("taskId", "task " + taskId + " is a follow-up inspection: it was assigned, not drawn at random");
        }
        if (task.draw == null) {
            throw ProblemException.conflict("taskId", "task " + taskId + " has not been drawn yet");
        }
        PopulationObject object = population.byUscc(code);
        String objectId = object != null ? object.objectId() : code;
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("taskId", taskId);
        answer.put("uscc", code);
        int stratum = freezes.stratumOf(taskId, task.freeze.freezeId(), objectId);
        String verdict;
        if (stratum < 0) {
            String exclusion = freezes.exclusionOf(taskId, task.freeze.freezeId(), objectId);
            verdict = exclusion != null ? "EXCLUDED" : "NOT_IN_POPULATION";
            answer.put("verdict", verdict);
            answer.put("exclusion", exclusion);
            answer.put("explanation", exclusion != null ? "not eligible for this task at its freeze: " + exclusion
                    : "not in the population of this task at its freeze (another object type, or not in the directory then)");
        } else {
            TaskDocument.Tally tally = task.draw.strata().get(stratum);
            cn.supervision.draw.SelfCheck.Answer computed = DrawCeremony.selfCheck(task, tally.name(), objectId, tally.threshold());
            verdict = computed.drawn() ? "DRAWN" : "NOT_DRAWN";
            answer.put("verdict", verdict);
            answer.put("stratum", tally.name());
            answer.put("rank", computed.rank());
            answer.put("threshold", tally.threshold());
            answer.put("n", tally.n());
            answer.put("k", tally.k());
            answer.put("explanation", computed.drawn() ? "your rank is at or below the stratum's threshold: drawn"
                    : tally.threshold() == null ? "nobody was drawn in your stratum" : "your rank is above the stratum's threshold: not drawn");
            Map<String, Object> published = new LinkedHashMap<>();
            published.put("publicEntropy", task.draw.publicEntropy());
            published.put("secret", task.freeze.secret());
            published.put("populationDigest", task.freeze.populationDigest());
            published.put("rosterDigest", task.freeze.rosterDigest());
            published.put("paramsDigest", task.freeze.paramsDigest());
            published.put("objectId", objectId);
            answer.put("computedFrom", published);
            answer.put("howToCheck", "master = HMAC-SHA256(secret, \"DRAW-1\\n\" taskId \"\\n\" publicEntropy \"\\n\" populationDigest \"\\n\" "
                    + "rosterDigest \"\\n\" paramsDigest \"\\n\"); rank = HMAC-SHA256(HMAC-SHA256(master, \"stratum\\t\" stratum), objectId); "
                    + "drawn when rank <= threshold (docs/draw-protocol.md §4)");
        }
        meters.counter("supervision.sampling.self.checks", "verdict", verdict).increment();
        log.info("self-check of task {} object {}: {}", taskId, objectId, verdict);
        return answer;
    }
}
