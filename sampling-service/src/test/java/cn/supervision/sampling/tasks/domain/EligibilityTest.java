package cn.supervision.sampling.tasks.domain;

import java.util.List;
import java.util.Set;

import cn.supervision.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EligibilityTest {

    static TaskDefinition task(List<StratumRule> strata, List<Team> teams) {
        return new TaskDefinition("T-1", "test", "housing-market", List.of("ENTERPRISE"),
                List.of(new DepartmentItem("housing-market", "JZ-001")), strata, teams, "witness numbers", null);
    }

    static ObjectAttributes object(String id, String type, String status, String risk, String... tags) {
        return new ObjectAttributes(id, type, status, risk, "410202", "建筑业", Set.of(tags));
    }

    @Test
    void placesEachObjectInTheFirstStratumItMatchesAndExplainsEveryExclusion() {
        TaskDefinition task = task(List.of(new StratumRule("high-risk", "riskLevel", List.of("C", "D"), 3000),
                new StratumRule("abnormal", "tag", List.of("ABNORMAL_LIST"), 2000), new StratumRule("rest", null, List.of(), 500)),
                List.of(new Team("housing-market", 2)));
        Eligibility.Result result = Eligibility.of(task, List.of(object("a", "ENTERPRISE", "OPERATING", "D", "ABNORMAL_LIST"),
                object("b", "ENTERPRISE", "OPERATING", "B", "ABNORMAL_LIST"), object("c", "ENTERPRISE", "OPERATING", "A"),
                object("d", "ENTERPRISE", "DEREGISTERED", "A"), object("e", "CONSTRUCTION_PROJECT", "OPERATING", "A")));
        assertThat(result.strata()).containsExactly(java.util.Map.entry("high-risk", List.of("a")),
                java.util.Map.entry("abnormal", List.of("b")), java.util.Map.entry("rest", List.of("c")));
        assertThat(result.excluded()).containsExactly(new Eligibility.Excluded("d", Eligibility.Exclusion.NOT_OPERATING),
                new Eligibility.Excluded("e", Eligibility.Exclusion.NOT_OF_TASK_TYPE));
    }

    @Test
    void refusesRatiosOutsideZeroToTenThousandUnknownAttributesAndTeamsOfFewerThanTwo() {
        assertThatThrownBy(() -> task(List.of(new StratumRule("all", "colour", List.of("red"), 10001)), List.of(new Team("housing-market", 1)))
                .validated()).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors()).extracting(f -> f.field())
                        .containsExactlyInAnyOrder("strata[0].ratioBp", "strata[0].condition.attribute", "teams"));
    }

    @Test
    void refusesIdentifiersDrawOneCannotEncode() {
        assertThatThrownBy(() -> new TaskDefinition("T,1", "x", "housing-market", List.of("ENTERPRISE"),
                List.of(new DepartmentItem("housing-market", "JZ-001")), List.of(new StratumRule("a\tb", null, List.of(), 1)),
                List.of(new Team("housing-market", 2)), "e", null).validated())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors()).extracting(f -> f.field())
                        .containsExactlyInAnyOrder("taskId", "strata[0].name"));
    }

    @Test
    void refusesCheckItemsOfADepartmentThatSendsNoTeam() {
        assertThatThrownBy(() -> new TaskDefinition("T-1", "x", "housing-market", List.of("ENTERPRISE"),
                List.of(new DepartmentItem("fire-safety", "XF-001")), List.of(new StratumRule("all", null, List.of(), 100)),
                List.of(new Team("housing-market", 2)), "e", null).validated())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors()).extracting(f -> f.field())
                        .containsExactly("checkItems[0].department"));
    }
}
