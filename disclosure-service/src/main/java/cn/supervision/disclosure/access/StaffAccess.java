package cn.supervision.disclosure.access;

/**
 * The seam for department scoping (issue 9): every staff write asks here first. Today's implementation lets everyone
 * through; the real one will read the signed-in user and refuse writes outside their department.
 */
public interface StaffAccess {

    /** @throws cn.supervision.platform.problem.ProblemException when the acting user may not do {@code action} */
    void checkMayWrite(String action, String department);
}
