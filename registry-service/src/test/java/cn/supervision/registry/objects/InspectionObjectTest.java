package cn.supervision.registry.objects;

import java.util.List;
import java.util.Set;

import cn.supervision.platform.problem.ProblemException;
import cn.supervision.registry.objects.domain.DirectoryRules;
import cn.supervision.registry.objects.domain.InspectionObject;
import cn.supervision.registry.objects.domain.ObjectStatus;
import cn.supervision.registry.objects.domain.ObjectType;
import cn.supervision.registry.objects.domain.RiskLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InspectionObjectTest {

    static final DirectoryRules RULES = new DirectoryRules(Set.of("housing-market"), "410202"::equals, 3);

    static InspectionObject project() {
        return InspectionObject.register(null, " LT-XM-1 ", ObjectType.CONSTRUCTION_PROJECT, new InspectionObject.Details("龙亭区1号地块", null,
                "410202", null, null, List.of("housing-market"), Set.of(), null), RULES);
    }

    @Test
    void anObjectWithoutUsccIsKeyedByItsOwnCodeAndStartsOperatingAtRiskB() {
        InspectionObject o = project();
        assertThat(o.key()).isEqualTo("LT-XM-1");
        assertThat(o.status()).isEqualTo(ObjectStatus.OPERATING);
        assertThat(o.riskLevel()).isEqualTo(RiskLevel.B);
    }

    @Test
    void manyComplaintsFollowsTheCountBothWays() {
        InspectionObject many = project().amend(new InspectionObject.Details(null, null, null, null, null, null, null, 3), RULES);
        assertThat(many.tags()).contains("MANY_COMPLAINTS");
        InspectionObject fewer = many.amend(new InspectionObject.Details(null, null, null, null, null, null, null, 2), RULES);
        assertThat(fewer.tags()).doesNotContain("MANY_COMPLAINTS");
    }

    @Test
    void staffTagsReplaceOnlyStaffTagsAndCreditListsStay() {
        InspectionObject listed = project().onCreditList("ABNORMAL_OPERATIONS", true);
        InspectionObject tagged = listed.amend(new InspectionObject.Details(null, null, null, null, null, null, Set.of("KEY_REGION"), null), RULES);
        assertThat(tagged.tags()).containsExactlyInAnyOrder("ABNORMAL_OPERATIONS", "KEY_REGION");
        assertThat(tagged.amend(new InspectionObject.Details(null, null, null, null, null, null, Set.of(), null), RULES).tags())
                .containsExactly("ABNORMAL_OPERATIONS");
        assertThat(tagged.onCreditList("ABNORMAL_OPERATIONS", false).tags()).containsExactly("KEY_REGION");
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        assertThatThrownBy(() -> project().amend(new InspectionObject.Details(" ", null, "999999", null, null, List.of("nobody"),
                Set.of("MANY_COMPLAINTS"), -1), RULES)).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                .extracting(p -> p.field()).containsExactly("name", "region", "supervisingDepartments[0]", "tags", "complaintCount"));
    }

    @Test
    void leavingTheDirectoryIsDeregistrationOrMovingAway() {
        InspectionObject moved = project().amend(new InspectionObject.Details(null, null, null, null, ObjectStatus.MOVED_AWAY, null, null, null),
                RULES);
        assertThat(ObjectDirectory.eventType(project(), moved)).isEqualTo(ObjectDirectory.DEREGISTERED);
        InspectionObject closed = project().amend(new InspectionObject.Details(null, null, null, null, ObjectStatus.CLOSED, null, null, null),
                RULES);
        assertThat(ObjectDirectory.eventType(project(), closed)).isEqualTo(ObjectDirectory.CHANGED);
    }
}
