package cn.supervision.sampling.tasks.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Which inspectors may be drawn for a task: of a team's department, active on the draw day, qualified for every item
 * their department checks in the task (a qualification names an item code or an object type), and not set aside by
 * staff before the freeze. Everyone left out gets a reason, so staff see why a roster is short.
 */
public final class RosterRules {

    public enum LeftOut { NOT_OF_A_TEAM_DEPARTMENT, NOT_ACTIVE_ON_DRAW_DATE, NOT_QUALIFIED, EXCLUDED_BY_STAFF, UNENCODABLE_ID }

    /** A period the inspector is not active; {@code to} null = open-ended. */
    public record Absence(LocalDate from, LocalDate to, String status) {

        boolean covers(LocalDate day) {
            return from != null && !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    public record Candidate(String inspectorId, String department, List<String> qualifications, String status, List<Absence> absences) {

        public Candidate {
            qualifications = qualifications == null ? List.of() : List.copyOf(qualifications);
            absences = absences == null ? List.of() : List.copyOf(absences);
        }
    }

    /** An item a department's inspectors must be qualified for. */
    public record Requirement(String department, String itemCode, String objectType) {
    }

    private RosterRules() {
    }

    /**
     * Active on {@code day}: no absence covers it, and either the status is ACTIVE or today's other status is itself a
     * dated absence that does not cover {@code day} (on leave this week, back for next week's draw).
     */
    public static boolean activeOn(Candidate c, LocalDate day, LocalDate today) {
        if (c.absences().stream().anyMatch(a -> a.covers(day))) {
            return false;
        }
        if ("ACTIVE".equals(c.status())) {
            return true;
        }
        return c.absences().stream().anyMatch(a -> a.covers(today) && a.status() != null && a.status().equals(c.status()));
    }

    public static boolean qualified(Candidate c, List<Requirement> items) {
        return items.stream().filter(r -> r.department().equals(c.department()))
                .allMatch(r -> c.qualifications().contains(r.itemCode()) || (r.objectType() != null && c.qualifications().contains(r.objectType())));
    }

    /** Null when the inspector may be drawn, else why not. */
    public static LeftOut check(Candidate c, Set<String> teamDepartments, List<Requirement> items, LocalDate drawDay, LocalDate today,
            Set<String> excludedByStaff) {
        if (!teamDepartments.contains(c.department())) {
            return LeftOut.NOT_OF_A_TEAM_DEPARTMENT;
        }
        if (!DrawIdentifiers.encodable(c.inspectorId()) || !DrawIdentifiers.encodable(c.department())) {
            return LeftOut.UNENCODABLE_ID;
        }
        if (excludedByStaff.contains(c.inspectorId())) {
            return LeftOut.EXCLUDED_BY_STAFF;
        }
        if (!activeOn(c, drawDay, today)) {
            return LeftOut.NOT_ACTIVE_ON_DRAW_DATE;
        }
        if (!qualified(c, items)) {
            return LeftOut.NOT_QUALIFIED;
        }
        return null;
    }
}
