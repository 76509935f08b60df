package cn.supervision.registry.inspectors;

import java.time.LocalDate;
import java.util.List;

import cn.supervision.registry.inspectors.domain.Absence;
import cn.supervision.registry.inspectors.domain.ConflictOfInterest;
import cn.supervision.registry.inspectors.domain.Inspector;

/** An inspector as staff APIs show it: status on the day asked about, absences, declared conflicts; personal data withheld. */
record InspectorView(String certificateNumber, String name, String department, List<String> qualifications, String region, String status,
        List<Absence> absences, List<ConflictOfInterest> conflictsOfInterest) {

    static InspectorView of(Inspector i, LocalDate day) {
        return new InspectorView(i.certificateNumber(), i.name(), i.department(), i.qualifications(), i.region(), i.statusOn(day).name(),
                i.absences(), i.conflicts());
    }
}
