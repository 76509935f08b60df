package cn.supervision.credit.repair.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import cn.supervision.credit.assessment.domain.Assessment;
import cn.supervision.credit.assessment.domain.ListPeriod;
import cn.supervision.credit.rules.domain.CreditList;
import cn.supervision.credit.rules.domain.RuleBook;

/** The conditions of the rules for credit repair: what still stands in the way of approving an application today. */
public final class RepairConditions {

    private RepairConditions() {
    }

    /** Empty when the object may leave {@code list} on {@code today}; otherwise each unmet condition, in words. */
    public static List<String> unmet(RuleBook rules, Assessment assessment, CreditList list, LocalDate today) {
        List<String> unmet = new ArrayList<>();
        ListPeriod stay = assessment.current(list).orElse(null);
        if (stay == null) {
            unmet.add("the object is not on " + list);
            return unmet;
        }
        RuleBook.Repair repair = rules.listRules(list).repair();
        long listed = ChronoUnit.DAYS.between(stay.enteredOn(), today);
        if (listed < repair.minDaysListed()) {
            unmet.add("listed for " + listed + " days since " + stay.enteredOn() + "; rule version " + rules.version() + " requires "
                    + repair.minDaysListed() + " (possible from " + stay.enteredOn().plusDays(repair.minDaysListed()) + ")");
        }
        if (Boolean.TRUE.equals(repair.requireFollowUpsClosed()) && assessment.hasOpenFollowUps()) {
            unmet.add("a rectification order is still open (see followUps): it must be closed by a clean re-inspection first");
        }
        return unmet;
    }
}
