package cn.supervision.registry.inspectors;

import java.util.ArrayList;
import java.util.List;

import cn.supervision.platform.outbox.OutboxDocument;
import cn.supervision.registry.history.domain.Version;
import cn.supervision.registry.inspectors.domain.Absence;
import cn.supervision.registry.inspectors.domain.ConflictOfInterest;
import cn.supervision.registry.inspectors.domain.Inspector;
import cn.supervision.registry.inspectors.domain.InspectorStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An inspector as stored: current state, every version (history) and the pending events of the last change, in one document. */
@Document("inspectors")
class InspectorDocument extends OutboxDocument {

    @Id
    String certificateNumber;
    String name;
    String department;
    List<String> qualifications;
    String region;
    /** The status on the day of the last change; lists compute the status of the day asked about from {@link #absences}. */
    InspectorStatus status;
    List<Absence> absences;
    List<ConflictOfInterest> conflicts;
    String idNumber;
    String phone;
    List<Version<Inspector>> versions = new ArrayList<>();

    void change(Inspector i, InspectorStatus today, java.time.Instant at, String who, String why) {
        certificateNumber = i.certificateNumber();
        name = i.name();
        department = i.department();
        qualifications = i.qualifications();
        region = i.region();
        status = today;
        absences = i.absences();
        conflicts = i.conflicts();
        idNumber = i.idNumber();
        phone = i.phone();
        if (versions == null) {
            versions = new ArrayList<>();
        }
        versions.add(new Version<>(versions.size() + 1, at, who, why, i));
    }

    List<Version<Inspector>> versions() {
        return versions == null ? List.of() : versions;
    }

    Inspector toDomain() {
        return new Inspector(certificateNumber, name, department, qualifications, region, absences, conflicts, idNumber, phone);
    }
}
