package cn.supervision.sampling.population;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An inspector of the directory as sampling sees it (no personal data ever reaches this service): status on the day of
 * the change, dated absences, and the objects it must never inspect (回避; the reasons stay in registry).
 */
@Document("roster")
public record RosterInspector(@Id String inspectorId, String name, String department, List<String> qualifications, String status,
        List<Absence> absences, List<String> conflictsOfInterest, Instant eventTime) {

    public record Absence(LocalDate from, LocalDate to, String status) {
    }

    public RosterInspector {
        qualifications = qualifications == null ? List.of() : qualifications;
        absences = absences == null ? List.of() : absences;
        conflictsOfInterest = conflictsOfInterest == null ? List.of() : conflictsOfInterest;
    }
}
