package cn.supervision.credit.assessment.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.supervision.credit.rules.domain.RiskLevel;

/** What changed between two assessments of one file: each change becomes one or two published events. */
public sealed interface Change {

    /** Entered a list (列入): CreditListChanged ENTERED and JointPunishmentImposed. */
    record ListEntered(ListPeriod period) implements Change {
    }

    /**
     * Left a list (移出): CreditListChanged LEFT and JointPunishmentLifted. {@code period} carries the day, rule and
     * reason; a stay that a re-evaluation no longer supports leaves on {@code asOf} with rule {@code re-evaluation}.
     */
    record ListLeft(ListPeriod period) implements Change {
    }

    /** The risk level changed: CreditRiskChanged with the score and its parts. */
    record RiskChanged(RiskLevel previous, Risk risk) implements Change {
    }

    /** A targeted re-inspection is due: FollowUpRequested. */
    record FollowUpRequested(FollowUp followUp, FollowUp.Attempt attempt) implements Change {
    }

    /** Every change from {@code before} (null for a new file) to {@code after}, list changes in date order first. */
    public static List<Change> between(Assessment before, Assessment after) {
        List<Change> changes = new ArrayList<>();
        Map<String, ListPeriod> old = new HashMap<>();
        if (before != null) {
            before.periods().forEach(p -> old.put(p.key(), p));
        }
        Set<String> now = new HashSet<>();
        for (ListPeriod p : after.periods()) {
            now.add(p.key());
            ListPeriod was = old.get(p.key());
            if (was == null) {
                changes.add(new ListEntered(p));
            }
            if (!p.current() && (was == null || was.current())) {
                changes.add(new ListLeft(p));
            }
        }
        for (ListPeriod was : old.values()) {
            if (was.current() && !now.contains(was.key())) {
                changes.add(new ListLeft(new ListPeriod(was.list(), was.enteredOn(), was.entryRule(), was.entryReason(), was.sourceEventId(),
                        after.asOf(), "re-evaluation", "按规则版本 " + after.ruleVersion() + " 重新评价后不再符合列入条件", null, after.ruleVersion())));
            }
        }
        changes.sort((a, b) -> date(a).compareTo(date(b)));
        RiskLevel previous = before == null ? null : before.risk().level();
        if (previous != after.risk().level()) {
            changes.add(new RiskChanged(previous, after.risk()));
        }
        Set<String> requested = new HashSet<>();
        if (before != null) {
            before.followUps().forEach(f -> f.attempts().forEach(a -> requested.add(a.followUpId())));
        }
        for (FollowUp f : after.followUps()) {
            for (FollowUp.Attempt a : f.attempts()) {
                if (!requested.contains(a.followUpId())) {
                    changes.add(new FollowUpRequested(f, a));
                }
            }
        }
        return changes;
    }

    private static LocalDate date(Change c) {
        if (c instanceof ListEntered e) {
            return e.period().enteredOn();
        }
        if (c instanceof ListLeft l) {
            return l.period().leftOn();
        }
        return LocalDate.MAX;
    }
}
