package cn.supervision.draw;

/** An inspector on the frozen roster, with the work already carried ({@code load}, default 0). */
// Why: the roster entry is what the rosterDigest commits to and what §5 assigns from.
public record RosterInspector(String id, String department, long load) {
    public RosterInspector {
        TextRules.requireIdentifier("id", id);
        TextRules.requireIdentifier("department", department);
        if (load < 0) {
            throw new DrawInputException("load", "must be an integer >= 0, got " + load);
        }
    }

    public RosterInspector(String id, String department) {
        this(id, department, 0);
    }
}
