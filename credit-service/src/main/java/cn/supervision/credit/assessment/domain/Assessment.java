package cn.supervision.credit.assessment.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.supervision.credit.rules.domain.CreditList;

/**
 * Where an object stands as of {@code asOf} under rule book {@code ruleVersion}: every stay on a list, every
 * rectification order, the risk. {@code nextReviewOn} is the next day on which time alone changes something (a
 * deadline passes, a listing expires, a fact leaves the risk window); null when nothing is pending.
 * {@code unmatchedFollowUps} are follow-up ids that results refer to but credit never requested.
 */
public record Assessment(LocalDate asOf, String ruleVersion, List<ListPeriod> periods, List<FollowUp> followUps, Risk risk,
        LocalDate nextReviewOn, List<String> unmatchedFollowUps) {

    public Assessment {
        periods = List.copyOf(periods);
        followUps = List.copyOf(followUps);
        unmatchedFollowUps = List.copyOf(unmatchedFollowUps);
    }

    public Optional<ListPeriod> current(CreditList list) {
        return periods.stream().filter(p -> p.list() == list && p.current()).findFirst();
    }

    public List<CreditList> currentLists() {
        return periods.stream().filter(ListPeriod::current).map(ListPeriod::list).distinct().sorted().toList();
    }

    public boolean hasOpenFollowUps() {
        return followUps.stream().anyMatch(FollowUp::open);
    }
}
