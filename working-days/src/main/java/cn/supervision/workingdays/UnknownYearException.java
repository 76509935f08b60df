package cn.supervision.workingdays;

import java.util.SortedSet;

/** The calendar was asked about a year whose holiday notice it does not have (not yet published, or not loaded). */
public class UnknownYearException extends RuntimeException {

    private final int year;

    public UnknownYearException(int year, SortedSet<Integer> knownYears) {
        super("unknown year " + year + ": no holiday notice loaded for it (known years: " + knownYears + ")");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
