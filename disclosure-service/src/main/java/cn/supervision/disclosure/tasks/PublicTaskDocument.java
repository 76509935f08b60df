package cn.supervision.disclosure.tasks;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A task as the public sees it: the announcement and every commitment published before a draw. */
@Document(PublicTaskDocument.COLLECTION)
class PublicTaskDocument {

    static final String COLLECTION = "public_tasks";

    @Id
    String taskId;
    String name;
    String taskType;
    String initiatingDepartment;
    List<String> departments;
    List<String> objectTypes;
    List<DepartmentItem> checkItems;
    List<Stratum> strata;
    List<Team> teams;
    String entropySource;
    Instant publishedAt;
    Boolean publishDrawnList;
    String announcementEventId;
    Instant announcementTime;
    List<Commitment> commitments;

    record DepartmentItem(String department, String code) {
    }

    record Stratum(String name, Integer ratioBp, Integer n) {
    }

    record Team(String department, Integer count) {
    }

    /** 摇号承诺: what DRAW-1 publishes at the freeze, before the draw; a re-freeze adds one with its reason. */
    record Commitment(int freezeNumber, String reason, String populationDigest, String rosterDigest, String paramsDigest, String commitment,
            List<Stratum> strata, String entropySource, Instant frozenAt, String sourceEventId) {
    }
}
