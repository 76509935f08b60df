package cn.supervision.draw;

/** Inspectors a department could not supply for an object: reported, never filled with an ineligible inspector. */
// Why: §5 requires a shortage to be visible in the result rather than silently papered over.
public record Shortfall(String objectId, String department, int missing) {
}
