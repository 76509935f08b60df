package cn.supervision.sampling.population;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An inspector of the directory as sampling sees it (no personal data ever reaches this service). */
@Document("roster")
public record RosterInspector(@Id String inspectorId, String name, String department, List<String> qualifications, String status,
        Instant eventTime) {
}
