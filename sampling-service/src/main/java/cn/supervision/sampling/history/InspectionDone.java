package cn.supervision.sampling.history;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One inspection done (completed or refused), keyed by inspectionId so that a redelivered event counts once. */
@Document("inspections_done")
public record InspectionDone(@Id String inspectionId, String taskId, String objectId, String taskType, int year, List<String> departments,
        String outcome) {
}
