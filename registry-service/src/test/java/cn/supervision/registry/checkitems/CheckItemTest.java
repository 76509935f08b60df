package cn.supervision.registry.checkitems;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.supervision.platform.problem.ProblemException;
import cn.supervision.registry.checkitems.domain.CheckItem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckItemTest {

    static final Set<String> DEPARTMENTS = Set.of("housing-market", "quality-safety");

    static CheckItem item() {
        return CheckItem.define("JZ-001", new CheckItem.Details("资质检查", "《建筑业企业资质管理规定》", "housing-market", "ENTERPRISE", null,
                List.of("ON_SITE"), "GENERAL", LocalDate.of(2026, 1, 1), null, null, List.of()), DEPARTMENTS);
    }

    @Test
    void retiringEndsTheItemAndIsFinal() {
        CheckItem retired = item().retire(LocalDate.of(2026, 6, 30));
        assertThat(retired.status()).isEqualTo(CheckItem.RETIRED);
        assertThat(retired.effectiveTo()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThatThrownBy(() -> retired.retire(LocalDate.of(2026, 7, 1))).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> retired.amend(new CheckItem.Details("新名称", null, null, null, null, null, null, null, null, null, null),
                DEPARTMENTS)).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThat(retired.amend(new CheckItem.Details("资质检查", null, null, null, null, null, null, null, null, null, null), DEPARTMENTS))
                .isEqualTo(retired);
    }

    @Test
    void aRetirementBeforeTheItemTookEffectIsOutOfOrder() {
        assertThatThrownBy(() -> item().retire(LocalDate.of(2025, 12, 31))).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo("effectiveTo"));
    }

    @Test
    void aJointItemIsInitiatedByItsOwnerUnlessSaidOtherwise() {
        CheckItem joint = item().amend(new CheckItem.Details(null, null, null, null, null, null, null, null, null, null, List.of("quality-safety")),
                DEPARTMENTS);
        assertThat(joint.initiatingDepartment()).isEqualTo("housing-market");
        assertThat(joint.participatingDepartments()).containsExactly("quality-safety");
    }
}
