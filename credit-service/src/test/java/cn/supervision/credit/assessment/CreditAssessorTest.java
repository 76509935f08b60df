package cn.supervision.credit.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import cn.supervision.credit.assessment.domain.Assessment;
import cn.supervision.credit.assessment.domain.Change;
import cn.supervision.credit.assessment.domain.CreditAssessor;
import cn.supervision.credit.assessment.domain.FollowUp;
import cn.supervision.credit.assessment.domain.ListPeriod;
import cn.supervision.credit.assessment.domain.RepairDecision;
import cn.supervision.credit.assessment.domain.WorkingDays;
import cn.supervision.credit.files.domain.CreditEntry;
import cn.supervision.credit.rules.RuleBookLoader;
import cn.supervision.credit.rules.domain.CreditList;
import cn.supervision.credit.rules.domain.RiskLevel;
import cn.supervision.credit.rules.domain.RuleBook;
import cn.supervision.workingdays.HolidayFiles;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of {@code credit-rules.yml} (version 2026.1) applied to small files, without Spring. */
class CreditAssessorTest {

    static final RuleBook RULES = RuleBookLoader.load(new ClassPathResource("credit-rules.yml"));
    static final CreditAssessor ASSESSOR = new CreditAssessor(RULES, new WorkingDays(HolidayFiles.load()));

    static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    static CreditEntry result(String eventId, String date, String followUpId, String... categories) {
        return CreditEntry.inspectionResult(eventId, "I-" + eventId, "T", "task", followUpId == null ? "RANDOM" : "FOLLOW_UP", List.of(categories),
                d(date), followUpId, List.of("quality-safety"));
    }

    static CreditEntry order(String eventId, String violationId, String foundOn, String deadline) {
        return CreditEntry.violation(eventId, violationId, "I-1", "T-1", "quality-safety", "ZA-001", "A", "《条例》第六十五条", "GENERAL",
                "RECTIFICATION_ORDER", deadline == null ? null : d(deadline), d(foundOn), null, null);
    }

    static CreditEntry refusal(String eventId, String date) {
        return CreditEntry.refusal(eventId, "I-" + eventId, "T", "RANDOM", List.of("housing-market"), "拒绝进入现场", d(date), null);
    }

    static Assessment assess(List<CreditEntry> entries, String asOf) {
        return ASSESSOR.assess(entries, List.of(), d(asOf));
    }

    @Test
    void aRectificationOrderIsFollowedUpTheDayAfterItsDeadlineAndACleanReinspectionClosesIt() {
        List<CreditEntry> facts = new ArrayList<>(List.of(order("v", "T-1/O/ZA-001", "2026-03-20", "2026-04-22")));
        Assessment before = assess(facts, "2026-04-22");
        assertThat(before.followUps().get(0).status()).isEqualTo(FollowUp.Status.WAITING);
        assertThat(before.nextReviewOn()).isEqualTo(d("2026-04-23"));

        Assessment due = assess(facts, "2026-04-23");
        FollowUp followUp = due.followUps().get(0);
        assertThat(followUp.status()).isEqualTo(FollowUp.Status.REQUESTED);
        FollowUp.Attempt attempt = followUp.attempts().get(0);
        assertThat(attempt.followUpId()).isEqualTo("FU-T-1-O-ZA-001");
        assertThat(attempt.reason()).isEqualTo("RECTIFICATION_DUE");
        // 10 working days after 2026-04-23: the May Day holiday (05-01..05-05) does not count, 05-09 (Saturday) is a make-up workday
        assertThat(attempt.dueDate()).isEqualTo(d("2026-05-11"));
        assertThat(Change.between(before, due)).hasSize(1).first().isInstanceOf(Change.FollowUpRequested.class);

        facts.add(result("re", "2026-05-06", "FU-T-1-O-ZA-001", "1", "E"));
        Assessment closed = assess(facts, "2026-05-06");
        assertThat(closed.followUps().get(0).status()).isEqualTo(FollowUp.Status.CLOSED);
        assertThat(closed.followUps().get(0).closedOn()).isEqualTo(d("2026-05-06"));
        assertThat(closed.followUps().get(0).attempts().get(0).outcome()).isEqualTo("CLEAN");
    }

    @Test
    void anUnresolvedReinspectionIsRequestedAgainThenEscalatedOntoTheAbnormalList() {
        List<CreditEntry> facts = new ArrayList<>(List.of(order("v", "V1", "2026-03-02", "2026-03-20"),
                result("re1", "2026-03-25", "FU-V1", "A")));
        Assessment again = assess(facts, "2026-04-20");
        FollowUp f = again.followUps().get(0);
        assertThat(f.attempts()).extracting(FollowUp.Attempt::outcome).containsExactly("UNRESOLVED", null);
        // no new deadline in the re-inspection: 10 working days after the result (2026-03-25, Qingming 04-04..06 off) is 2026-04-09
        assertThat(f.rectificationDeadline()).isEqualTo(d("2026-04-09"));
        assertThat(f.attempts().get(1).followUpId()).isEqualTo("FU-V1-R2");
        assertThat(f.attempts().get(1).reason()).isEqualTo("ESCALATION");
        assertThat(f.attempts().get(1).requestedOn()).isEqualTo(d("2026-04-10"));
        assertThat(again.currentLists()).isEmpty();

        facts.add(result("re2", "2026-04-15", "FU-V1-R2", "A"));
        Assessment escalated = assess(facts, "2026-04-20");
        assertThat(escalated.followUps().get(0).status()).isEqualTo(FollowUp.Status.ESCALATED);
        ListPeriod stay = escalated.current(CreditList.ABNORMAL_OPERATIONS).orElseThrow();
        assertThat(stay.entryRule()).isEqualTo("unresolved-rectification-enters-abnormal-list");
        assertThat(stay.enteredOn()).isEqualTo(d("2026-04-15"));
        assertThat(stay.ruleVersion()).isEqualTo("2026.1");
        assertThat(escalated.risk().parts()).extracting(p -> p.rule()).contains("general-violation", "rectification-unresolved",
                "abnormal-operations-list");
    }

    @Test
    void aRefusalPutsTheObjectOnTheAbnormalListAndRaisesItsLevelWithEveryPartShown() {
        Assessment clean = assess(List.of(result("c", "2026-03-01", null, "1")), "2026-03-10");
        assertThat(clean.risk().level()).isEqualTo(RiskLevel.A);
        assertThat(clean.risk().score()).isZero();

        Assessment refused = assess(List.of(result("c", "2026-03-01", null, "1"), refusal("r", "2026-03-05")), "2026-03-10");
        assertThat(refused.currentLists()).containsExactly(CreditList.ABNORMAL_OPERATIONS);
        // -5 (clean) + 30 (refusal) + 15 (on the abnormal list) = 40: level C
        assertThat(refused.risk().score()).isEqualTo(40);
        assertThat(refused.risk().level()).isEqualTo(RiskLevel.C);
        assertThat(refused.risk().parts()).extracting(p -> p.rule() + "=" + p.points() + "@" + p.sourceEventId())
                .containsExactly("clean-inspection=-5@c", "refusal=30@r", "abnormal-operations-list=15@r");

        List<Change> changes = Change.between(clean, refused);
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0)).isInstanceOfSatisfying(Change.ListEntered.class,
                e -> assertThat(e.period().entryRule()).isEqualTo("refusal-enters-abnormal-list"));
        assertThat(changes.get(1)).isInstanceOfSatisfying(Change.RiskChanged.class, r -> {
            assertThat(r.previous()).isEqualTo(RiskLevel.A);
            assertThat(r.risk().level()).isEqualTo(RiskLevel.C);
        });
    }

    @Test
    void aCleanInspectionTakesTheObjectOffTheAbnormalListOnlyOnceNoOrderIsOpen() {
        List<CreditEntry> facts = List.of(refusal("r", "2026-03-05"), order("v", "V1", "2026-03-06", "2026-06-30"),
                result("c", "2026-04-01", null, "1"));
        assertThat(assess(facts, "2026-04-02").currentLists()).containsExactly(CreditList.ABNORMAL_OPERATIONS);

        List<CreditEntry> noOrder = List.of(refusal("r", "2026-03-05"), result("c", "2026-04-01", null, "1"));
        ListPeriod left = assess(noOrder, "2026-04-02").periods().get(0);
        assertThat(left.leftOn()).isEqualTo(d("2026-04-01"));
        assertThat(left.leaveRule()).isEqualTo("clean-reinspection-leaves-abnormal-list");
    }

    @Test
    void twoSeriousViolationsWithinAYearPutTheObjectOnTheSeriousList() {
        CreditEntry first = CreditEntry.violation("s1", "S1", "I", "T", "quality-safety", "ZA-001", "D", "p", "SERIOUS", "CASE_REFERRAL", null,
                d("2025-06-01"));
        CreditEntry second = CreditEntry.violation("s2", "S2", "I", "T", "quality-safety", "ZA-002", "D", "p", "SERIOUS", "CASE_REFERRAL", null,
                d("2026-05-01"));
        CreditEntry tooLate = CreditEntry.violation("s3", "S3", "I", "T", "quality-safety", "ZA-002", "D", "p", "SERIOUS", "CASE_REFERRAL", null,
                d("2027-09-01"));
        assertThat(assess(List.of(first, second), "2026-06-01").current(CreditList.SERIOUS_VIOLATION)).get()
                .extracting(ListPeriod::entryRule, ListPeriod::enteredOn).containsExactly("repeated-serious-violations", d("2026-05-01"));
        assertThat(assess(List.of(first, tooLate), "2027-10-01").currentLists()).isEmpty();
    }

    @Test
    void aListingExpiresByItselfAndAnApprovedRepairEndsItEarlier() {
        CreditEntry referral = CreditEntry.criminalReferral("cr", "I", "V", "T", "quality-safety", "ZA-001", "《刑法》第一百三十七条", "公安局",
                d("2020-01-10"));
        Assessment expired = assess(List.of(referral), "2025-01-10");
        ListPeriod stay = expired.periods().get(0);
        assertThat(stay.leftOn()).isEqualTo(d("2025-01-08")); // 1825 days later (2020 and 2024 are leap years)
        assertThat(stay.leaveRule()).isEqualTo("serious-violation-expired");

        Assessment repaired = ASSESSOR.assess(List.of(referral), List.of(new RepairDecision("RA-1", CreditList.SERIOUS_VIOLATION, d("2021-02-01"))),
                d("2022-01-01"));
        assertThat(repaired.periods().get(0).leftOn()).isEqualTo(d("2021-02-01"));
        assertThat(repaired.periods().get(0).leaveDecisionId()).isEqualTo("RA-1");
        assertThat(repaired.periods().get(0).decisionId("O", true)).isEqualTo("RA-1");
    }

    @Test
    void threeYearsOnTheAbnormalListEscalateToTheSeriousList() {
        Assessment a = assess(List.of(refusal("r", "2022-01-01")), "2025-06-01");
        assertThat(a.current(CreditList.SERIOUS_VIOLATION)).get().extracting(ListPeriod::enteredOn).isEqualTo(d("2024-12-31")); // 1095 days
        assertThat(a.current(CreditList.ABNORMAL_OPERATIONS)).isPresent();
    }

    @Test
    void factsOlderThanTheWindowNoLongerCount() {
        Assessment fresh = assess(List.of(CreditEntry.violation("v", "V", "I", "T", "d", "c", "A", "p", "GENERAL", "NONE", null,
                d("2023-01-01"))), "2023-06-01");
        assertThat(fresh.risk().score()).isEqualTo(10);
        assertThat(fresh.nextReviewOn()).isEqualTo(d("2025-12-31")); // 1095 days later it leaves the window
        Assessment old = assess(List.of(CreditEntry.violation("v", "V", "I", "T", "d", "c", "A", "p", "GENERAL", "NONE", null,
                d("2023-01-01"))), "2025-12-31");
        assertThat(old.risk().score()).isZero();
    }

    @Test
    void theOutcomeDoesNotDependOnTheOrderInWhichFactsArrived() {
        List<CreditEntry> facts = List.of(order("v", "V1", "2026-03-02", "2026-03-20"), result("i", "2026-03-04", null, "A", "1"),
                refusal("r", "2026-03-10"), result("re1", "2026-03-25", "FU-V1", "A"), result("re2", "2026-04-15", "FU-V1-R2", "1"),
                result("c", "2026-04-20", null, "1"));
        Assessment inOrder = assess(facts, "2026-05-01");
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            List<CreditEntry> shuffled = new ArrayList<>(facts);
            Collections.shuffle(shuffled, random);
            assertThat(assess(shuffled, "2026-05-01")).isEqualTo(inOrder);
        }
        assertThat(inOrder.followUps().get(0).status()).isEqualTo(FollowUp.Status.CLOSED);
        assertThat(inOrder.currentLists()).isEmpty();
        assertThat(inOrder.periods()).hasSize(1);
    }

    @Test
    void anOrderCountedInWorkingDaysUsesTheOfficialCalendarAndSaysWhenItHadToEstimate() {
        CreditEntry inWorkingDays = CreditEntry.violation("v", "V", "I", "T", "d", "c", "A", "p", "GENERAL", "RECTIFICATION_ORDER", null,
                d("2026-09-25"), null, 5);
        // 2026-09-25 + 5 working days: 09-28, 09-29, 09-30, then the National Day holiday (10-01..10-07), 10-08, 10-09
        Assessment a = assess(List.of(inWorkingDays), "2026-09-26");
        assertThat(a.followUps().get(0).rectificationDeadline()).isEqualTo(d("2026-10-09"));
        assertThat(a.followUps().get(0).deadlineEstimated()).isFalse();

        CreditEntry intoUnknownYear = CreditEntry.violation("w", "W", "I", "T", "d", "c", "A", "p", "GENERAL", "RECTIFICATION_ORDER", null,
                d("2026-12-28"), null, 10);
        assertThat(assess(List.of(intoUnknownYear), "2026-12-29").followUps().get(0).deadlineEstimated()).isTrue();
    }

    @Test
    void aResultNamingAFollowUpCreditNeverRequestedIsFlagged() {
        Assessment a = assess(List.of(result("x", "2026-03-01", "FU-NOBODY", "1")), "2026-03-02");
        assertThat(a.unmatchedFollowUps()).containsExactly("FU-NOBODY");
    }
}
