package cn.supervision.draw;

/** For every drawn object, {@code count} inspectors come from {@code department}. */
// Why: a joint inspection sends a fixed number of inspectors from each named department (§3, §5).
public record Team(String department, int count) {
    public Team {
        TextRules.requireIdentifier("department", department);
        if (count < 1) {
            throw new DrawInputException("count", "must be at least 1, got " + count);
        }
    }
}
