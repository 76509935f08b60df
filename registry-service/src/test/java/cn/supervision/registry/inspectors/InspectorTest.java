package cn.supervision.registry.inspectors;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.supervision.platform.problem.ProblemException;
import cn.supervision.registry.inspectors.domain.Absence;
import cn.supervision.registry.inspectors.domain.ConflictOfInterest;
import cn.supervision.registry.inspectors.domain.Inspector;
import cn.supervision.registry.inspectors.domain.InspectorStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InspectorTest {

    static final Inspector.Rules RULES = new Inspector.Rules(Set.of("housing-market"), r -> true, q -> q.equals("ENTERPRISE"));

    static Inspector with(List<Absence> absences) {
        return Inspector.enrol("LT-1", new Inspector.Details("张伟", "housing-market", List.of("ENTERPRISE"), null, absences,
                List.of(new ConflictOfInterest("91350100M000100Y43", "亲属")), "41020219800101123X", "13800000000"), RULES);
    }

    @Test
    void isActiveUnlessAnAbsenceCoversTheDay() {
        Inspector i = with(List.of(new Absence(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 15), InspectorStatus.ON_LEAVE),
                new Absence(LocalDate.of(2027, 1, 1), null, InspectorStatus.RETIRED)));
        assertThat(i.statusOn(LocalDate.of(2026, 6, 30))).isEqualTo(InspectorStatus.ACTIVE);
        assertThat(i.statusOn(LocalDate.of(2026, 7, 15))).isEqualTo(InspectorStatus.ON_LEAVE);
        assertThat(i.statusOn(LocalDate.of(2026, 7, 16))).isEqualTo(InspectorStatus.ACTIVE);
        assertThat(i.statusOn(LocalDate.of(2030, 1, 1))).isEqualTo(InspectorStatus.RETIRED);
    }

    @Test
    void refusesOverlappingPeriodsAndAnActiveAbsence() {
        assertThatThrownBy(() -> with(List.of(new Absence(LocalDate.of(2026, 7, 1), null, InspectorStatus.TRANSFERRED),
                new Absence(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 2), InspectorStatus.ACTIVE))))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors()).extracting(p -> p.field())
                        .contains("absences[1].status", "absences[1]"));
    }

    @Test
    void historyShowsPersonalDataMasked() {
        assertThat(with(List.of()).fields().get("idNumber")).isEqualTo("****************3X");
        assertThat(with(List.of()).fields().get("phone").toString()).endsWith("00").startsWith("*");
    }
}
