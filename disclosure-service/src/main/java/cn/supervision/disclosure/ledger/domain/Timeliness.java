package cn.supervision.disclosure.ledger.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * 公示时限: a result is fully public when it is on our pages and the provincial platform acknowledged it. It is on
 * time when that happened on or before its deadline; overdue when the deadline passed before it happened. Without a
 * known deadline (a year the calendar lacks) nothing is decided: the deadline is never guessed.
 */
public final class Timeliness {

    /** Why a result is overdue (the reason carried by {@code DisclosureOverdue}). */
    public enum OverdueReason {
        /** the result reached us (was approved and sent) only after its deadline */
        PUBLISHED_LATE,
        /** public on our pages, but the provincial platform had not acknowledged it by the deadline */
        PROVINCE_NOT_ACKNOWLEDGED
    }

    private Timeliness() {
    }

    /** At publication: late already when our own page shows it after the deadline. */
    public static Optional<OverdueReason> atPublication(LocalDate deadline, LocalDate publishedOn) {
        if (deadline != null && publishedOn.isAfter(deadline)) {
            return Optional.of(OverdueReason.PUBLISHED_LATE);
        }
        return Optional.empty();
    }

    /** Later: overdue when {@code today} is past the deadline and the province has not acknowledged it. */
    public static Optional<OverdueReason> onDay(LocalDate deadline, LocalDate deliveredOn, LocalDate today) {
        if (deadline != null && deliveredOn == null && today.isAfter(deadline)) {
            return Optional.of(OverdueReason.PROVINCE_NOT_ACKNOWLEDGED);
        }
        return Optional.empty();
    }

    /** Fully public on time: delivered (acknowledged) on or before the deadline. Unknown deadline: not counted. */
    public static boolean onTime(LocalDate deadline, LocalDate publishedOn, LocalDate deliveredOn) {
        return deadline != null && deliveredOn != null && !publishedOn.isAfter(deadline) && !deliveredOn.isAfter(deadline);
    }
}
