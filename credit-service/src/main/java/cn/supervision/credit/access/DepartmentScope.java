package cn.supervision.credit.access;

/**
 * Checks that the acting user may make a staff write on an object's credit record. Called at every staff write
 * (credit-repair applications and decisions, operator runs). Authentication and department scoping come later: then an
 * implementation throws {@code ProblemException} (403) here.
 */
public interface DepartmentScope {

    void requireWrite(String action, String objectId, String actingUser);
}
