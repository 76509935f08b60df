package cn.supervision.sampling.tasks.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RosterRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    static RosterRules.Candidate inspector(String status, RosterRules.Absence... absences) {
        return new RosterRules.Candidate("LT-1", "housing-market", List.of("ENTERPRISE"), status, List.of(absences));
    }

    @Test
    void anInspectorOnLeaveThisWeekIsActiveForNextWeeksDrawButNotDuringTheLeave() {
        RosterRules.Candidate onLeave = inspector("ON_LEAVE", new RosterRules.Absence(TODAY.minusDays(1), TODAY.plusDays(3), "ON_LEAVE"));
        assertThat(RosterRules.activeOn(onLeave, TODAY.plusDays(2), TODAY)).isFalse();
        assertThat(RosterRules.activeOn(onLeave, TODAY.plusDays(7), TODAY)).isTrue();
        assertThat(RosterRules.activeOn(inspector("RETIRED"), TODAY.plusDays(7), TODAY)).as("no dated absence explains it").isFalse();
        assertThat(RosterRules.activeOn(inspector("ACTIVE", new RosterRules.Absence(TODAY.plusDays(5), null, "TRANSFERRED")), TODAY.plusDays(9), TODAY))
                .as("transferred from day 5 on, open-ended").isFalse();
    }

    @Test
    void qualifiedByObjectTypeOrItemCodeForEveryItemOfItsDepartment() {
        List<RosterRules.Requirement> items = List.of(new RosterRules.Requirement("housing-market", "JZ-001", "ENTERPRISE"),
                new RosterRules.Requirement("housing-market", "JZ-009", "CONSTRUCTION_PROJECT"),
                new RosterRules.Requirement("quality-safety", "ZA-001", "GAS"));
        assertThat(RosterRules.qualified(inspector("ACTIVE"), items)).isFalse();
        RosterRules.Candidate both = new RosterRules.Candidate("LT-2", "housing-market", List.of("ENTERPRISE", "JZ-009"), "ACTIVE", List.of());
        assertThat(RosterRules.qualified(both, items)).isTrue();
        assertThat(RosterRules.check(both, Set.of("housing-market"), items, TODAY, TODAY, Set.of("LT-2"))).isEqualTo(RosterRules.LeftOut.EXCLUDED_BY_STAFF);
        assertThat(RosterRules.check(both, Set.of("quality-safety"), items, TODAY, TODAY, Set.of())).isEqualTo(RosterRules.LeftOut.NOT_OF_A_TEAM_DEPARTMENT);
    }

    @Test
    void recusalsComeFromConflictsRotationAndStaffOnlyForRosterAndPopulationOnceEach() {
        List<Recusals.Pair> pairs = Recusals.of(List.of("A", "B"), Set.of("o1", "o2")::contains,
                Map.of("A", List.of("o1", "o9"), "Z", List.of("o1")), Map.of("o1", List.of("A", "B"), "o2", List.of("C")),
                List.of(new Recusals.Pair("B", "o2", Recusals.Reason.STAFF_EXCLUSION)));
        assertThat(pairs).containsExactlyInAnyOrder(new Recusals.Pair("A", "o1", Recusals.Reason.CONFLICT_OF_INTEREST),
                new Recusals.Pair("B", "o1", Recusals.Reason.ROTATION), new Recusals.Pair("B", "o2", Recusals.Reason.STAFF_EXCLUSION));
    }

    @Test
    void followUpsGoToTheLeastLoadedEligibleInspectors() {
        assertThat(LeastLoad.choose(List.of("C", "A", "B", "D"), Map.of("A", 3L, "B", 0L, "C", 1L), Set.of("B"), 2)).containsExactly("D", "C");
    }
}
