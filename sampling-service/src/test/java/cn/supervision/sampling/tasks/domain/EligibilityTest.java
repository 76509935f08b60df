package cn.supervision.sampling.tasks.domain;

import java.util.List;
import java.util.Set;

import cn.supervision.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EligibilityTest {

    static TaskDefinition task(List<StratumRule> strata, List<Team> teams) {
        return TaskDefinition.random("T-1", "test", "housing-market", List.of("ENTERPRISE"),
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
        assertThatThrownBy(() -> TaskDefinition.random("T,1", "x", "housing-market", List.of("ENTERPRISE"),
                List.of(new DepartmentItem("housing-market", "JZ-001")), List.of(new StratumRule("a\tb", null, List.of(), 1)),
                List.of(new Team("housing-market", 2)), "e", null).validated())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors()).extracting(f -> f.field())
                        .containsExactlyInAnyOrder("taskId", "strata[0].name"));
    }

    @Test
    void refusesCheckItemsOfADepartmentThatSendsNoTeam() {
        assertThatThrownBy(() -> TaskDefinition.random("T-1", "x", "housing-market", List.of("ENTERPRISE"),
                List.of(new DepartmentItem("fire-safety", "XF-001")), List.of(new StratumRule("all", null, List.of(), 100)),
                List.of(new Team("housing-market", 2)), "e", null).validated())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors()).extracting(f -> f.field())
                        .containsExactly("checkItems[0].department"));
    }

    @Test
    void leavesOutObjectsOutsideTheTargetInspectedEnoughThisYearOrOpenInAnotherTask() {
        TaskDefinition task = new TaskDefinition("T-1", "x", TaskType.RANDOM, "housing-market", List.of("ENTERPRISE"),
                new Targeting(List.of("410202"), List.of(), List.of()), List.of(new DepartmentItem("housing-market", "JZ-001")),
                List.of(new StratumRule("all", null, List.of(), 1000)), List.of(new Team("housing-market", 2)), "e", null, null, null, true, null);
        ObjectAttributes elsewhere = new ObjectAttributes("far", "ENTERPRISE", "OPERATING", "B", "410203", "建筑业", Set.of());
        Eligibility.Result result = Eligibility.of(task, new Eligibility.History(java.util.Map.of("twice", 2, "once", 1), Set.of("open"), 2),
                List.of(object("twice", "ENTERPRISE", "OPERATING", "B"), object("once", "ENTERPRISE", "OPERATING", "B"),
                        object("open", "ENTERPRISE", "OPERATING", "B"), elsewhere, object("bad,id", "ENTERPRISE", "OPERATING", "B")));
        assertThat(result.strata().get("all")).containsExactly("once");
        assertThat(result.excluded()).containsExactly(new Eligibility.Excluded("twice", Eligibility.Exclusion.INSPECTED_ENOUGH_THIS_YEAR),
                new Eligibility.Excluded("open", Eligibility.Exclusion.OPEN_IN_ANOTHER_TASK),
                new Eligibility.Excluded("far", Eligibility.Exclusion.NOT_IN_TARGET),
                new Eligibility.Excluded("bad,id", Eligibility.Exclusion.UNENCODABLE_ID));
        assertThat(task.targeting().targeted()).isTrue();
    }

    @Test
    void defaultStrataPutListedEnterprisesBeforeTheirRiskClass() {
        TaskDefinition task = task(DefaultStrata.riskAndTags(), List.of(new Team("housing-market", 2))).validated();
        Eligibility.Result result = Eligibility.of(task, List.of(object("listed", "ENTERPRISE", "OPERATING", "A", "SERIOUS_VIOLATION"),
                object("risky", "ENTERPRISE", "OPERATING", "D"), object("fine", "ENTERPRISE", "OPERATING", "A")));
        assertThat(result.strata().get("serious-violation")).containsExactly("listed");
        assertThat(result.strata().get("risk-D")).containsExactly("risky");
        assertThat(result.strata().get("risk-A")).containsExactly("fine");
    }
}
