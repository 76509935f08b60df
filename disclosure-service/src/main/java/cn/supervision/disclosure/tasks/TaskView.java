package cn.supervision.disclosure.tasks;

import java.time.Instant;
import java.util.List;

/**
 * A task's public page: announcement, commitments, the drawn list when its rule publishes it, and where to verify
 * the draw (sampling's transcript and "was I drawn?" check).
 */
public record TaskView(String taskId, String name, String taskType, boolean random, String initiatingDepartment, List<String> departments,
        List<String> objectTypes, List<CheckItemRef> checkItems, List<StratumView> strata, List<TeamView> teams, String entropySource,
        Instant publishedAt, boolean announced, List<CommitmentView> commitments, boolean drawnListPublished, long drawnCount, List<DrawnView> drawn,
        int drawnPage, int drawnPageSize, String transcriptUrl, String wasIDrawnUrl, String sourceEventId) {

    public record CheckItemRef(String department, String code) {
    }

    public record StratumView(String name, Integer ratioBp, Integer n) {
        /** The ratio as a percentage for people, e.g. 10 for 1000 basis points. */
        public String percent() {
            return ratioBp == null ? "" : java.math.BigDecimal.valueOf(ratioBp, 2).stripTrailingZeros().toPlainString() + "%";
        }
    }

    public record TeamView(String department, Integer count) {
    }

    public record CommitmentView(int freezeNumber, String reason, String populationDigest, String rosterDigest, String paramsDigest,
            String commitment, List<StratumView> strata, String entropySource, Instant frozenAt, String sourceEventId) {
    }

    /** One drawn object: no inspector is ever shown. */
    public record DrawnView(String taskId, String objectId, String uscc, String objectName, String objectType, String stratum, String rank,
            boolean random, Instant drawnAt, String sourceEventId) {
    }
}
