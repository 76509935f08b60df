package cn.supervision.registry.inspectors;

import java.util.List;

import cn.supervision.registry.inspectors.domain.Absence;
import cn.supervision.registry.inspectors.domain.ConflictOfInterest;
import cn.supervision.registry.inspectors.domain.Inspector;
import jakarta.validation.constraints.Size;

/** A change of an inspector: fields left out stay as they are; lists given replace the stored ones; {@code reason} is required. */
record ChangeInspectorRequest(
        @Size(max = 50) String name,
        String department,
        List<String> qualifications,
        String region,
        String idNumber,
        String phone,
        List<Absence> absences,
        List<ConflictOfInterest> conflictsOfInterest,
        @Size(max = 500) String reason) {

    Inspector.Details details() {
        return new Inspector.Details(name, department, qualifications, region, absences, conflictsOfInterest, idNumber, phone);
    }
}
