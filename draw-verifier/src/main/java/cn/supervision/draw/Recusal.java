package cn.supervision.draw;

/** An inspector who must never be assigned to an object (conflict of interest, rotation rule). */
// Why: recusals are part of the frozen roster (rosterDigest) and bind the assignment in §5.
public record Recusal(String inspectorId, String objectId) {
    public Recusal {
        TextRules.requireIdentifier("inspectorId", inspectorId);
        TextRules.requireIdentifier("objectId", objectId);
    }
}
