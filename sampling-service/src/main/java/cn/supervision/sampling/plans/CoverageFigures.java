package cn.supervision.sampling.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import cn.supervision.sampling.history.History;
import cn.supervision.sampling.plans.domain.Coverage;
import cn.supervision.sampling.population.Population;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Coverage per department and year (年度随机抽查占比): directory = operating objects the department supervises;
 * inspected = those with at least one RANDOM inspection (completed or refused) of the department that year.
 * The current year's ratio is the gauge {@code supervision.sampling.coverage.ratio{department}}, its plan's target
 * {@code supervision.sampling.coverage.target.ratio{department}}, both refreshed on a schedule.
 */
@Component
class CoverageFigures {

    private static final Logger log = LoggerFactory.getLogger(CoverageFigures.class);

    private final Population population;
    private final History history;
    private final Plans plans;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Map<String, Double> current = new ConcurrentHashMap<>();
    private final Map<String, Double> planned = new ConcurrentHashMap<>();

    CoverageFigures(Population population, History history, Plans plans, Clock clock, MeterRegistry meters) {
        this.population = population;
        this.history = history;
        this.plans = plans;
        this.clock = clock;
        this.meters = meters;
    }

    List<Coverage> of(int year, String onlyDepartment) {
        Map<String, Long> directory = new HashMap<>();
        population.forEach(o -> {
            if ("OPERATING".equals(o.status()) && o.supervisingDepartments() != null) {
                o.supervisingDepartments().forEach(d -> directory.merge(d, 1L, Long::sum));
            }
        });
        Map<String, Set<String>> inspected = history.inspectedAtRandomByDepartment(year);
        Map<String, Integer> targets = new HashMap<>();
        plans.ofYear(year).forEach(p -> p.plan.departments().forEach(d -> targets.merge(d, p.plan.targetCoverageBp(), Math::max)));
        Set<String> departments = new TreeSet<>(directory.keySet());
        departments.addAll(targets.keySet());
        departments.addAll(inspected.keySet());
        List<Coverage> figures = new ArrayList<>();
        for (String d : departments) {
            if (onlyDepartment == null || onlyDepartment.equals(d)) {
                figures.add(Coverage.of(d, year, directory.getOrDefault(d, 0L), inspected.getOrDefault(d, Set.of()).size(), targets.get(d)));
            }
        }
        return figures;
    }

    @Scheduled(fixedDelayString = "${sampling.coverage.refresh:PT10S}", initialDelayString = "${sampling.coverage.initial-delay:PT1S}")
    void refresh() {
        try {
            for (Coverage c : of(LocalDate.now(clock).getYear(), null)) {
                if (current.put(c.department(), c.ratio()) == null) {
                    Gauge.builder("supervision.sampling.coverage.ratio", current, m -> m.getOrDefault(c.department(), 0.0))
                            .description("Share of the department's operating directory inspected at random this year (floor 0.10)")
                            .tag("department", c.department()).register(meters);
                }
                // the yearly plan's target beside the ratio, so dashboards and alerts compare the two
                if (c.planTargetBp() != null && planned.put(c.department(), c.planTargetBp() / 10000.0) == null) {
                    Gauge.builder("supervision.sampling.coverage.target.ratio", planned, m -> m.getOrDefault(c.department(), 0.0))
                            .description("Coverage the department's yearly plan targets (highest among its plans this year)")
                            .tag("department", c.department()).register(meters);
                }
            }
        } catch (RuntimeException e) {
            log.warn("coverage refresh failed, will retry: {}", e.toString());
        }
    }
}
