package cn.supervision.registry.inspectors;

import java.time.LocalDate;
import java.util.List;

import cn.supervision.registry.inspectors.domain.Inspector;

/**
 * Body of {@code registry.InspectorChanged.v1}: what sampling needs to draw and to recuse — status today, absence
 * periods (to know who is active on a draw date), the objects the inspector must never inspect (ids only, no
 * reasons) — and never the ID number or phone.
 */
record InspectorState(String inspectorId, String name, String department, List<String> qualifications, String region, String status,
        List<Period> absences, List<String> conflictsOfInterest) {

    record Period(String from, String to, String status) {
    }

    static InspectorState of(Inspector i, LocalDate today) {
        return new InspectorState(i.certificateNumber(), i.name(), i.department(), i.qualifications(), i.region(), i.statusOn(today).name(),
                i.absences().stream().map(a -> new Period(a.from().toString(), a.to() == null ? null : a.to().toString(), a.status().name()))
                        .toList(), i.conflictObjectIds());
    }
}
