package cn.supervision.inspection.records.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.supervision.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InspectionTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 20);
    static final Instant NOW = Instant.parse("2026-03-23T02:00:00Z");

    static Inspection joint() {
        return Inspection.open("T-1", "联合抽查", TaskType.RANDOM, "housing-market", "OBJ-1", null, "某公司", "ENTERPRISE",
                List.of(new AssignedItem("housing-market", "JZ-001"), new AssignedItem("quality-safety", "ZA-001")),
                List.of(new AssignedInspector("I-H", "张伟", "housing-market"), new AssignedInspector("I-Q", "李娜", "quality-safety")),
                LocalDate.of(2026, 6, 30));
    }

    static ResultEntry ok(String item) {
        return new ResultEntry(item, "1", List.of("ON_SITE"), null, null);
    }

    static ResultEntry violation(String item, String category) {
        return new ResultEntry(item, category, List.of("ON_SITE", "ON_SITE"), "发现问题",
                new ResultEntry.ViolationEntry("《建筑法》第六十五条", "SERIOUS", "CASE_REFERRAL", null));
    }

    static int status(Runnable r) {
        try {
            r.run();
        } catch (ProblemException e) {
            return e.status();
        }
        return 0;
    }

    @Test
    void opensAssignedWithADeterministicId() {
        Inspection i = joint();
        assertThat(i.id()).isEqualTo("T-1/OBJ-1");
        assertThat(i.status()).isEqualTo(InspectionStatus.ASSIGNED);
        assertThat(i.departments()).containsExactly("housing-market", "quality-safety");
        assertThatThrownBy(() -> Inspection.open("T/1", "x", TaskType.RANDOM, null, "OBJ", null, "n", null, List.of(new AssignedItem("d", "c")),
                List.of(), null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isSubmittedOnlyWhenEveryDepartmentHasEnteredItsItems() {
        Inspection partial = joint().enterResults("I-H", List.of(ok("JZ-001")), DAY);
        assertThat(partial.status()).isEqualTo(InspectionStatus.IN_PROGRESS);
        Inspection full = partial.enterResults("I-Q", List.of(violation("ZA-001", "A")), DAY.plusDays(1));
        assertThat(full.status()).isEqualTo(InspectionStatus.SUBMITTED);
        assertThat(full.results()).extracting(ItemResult::checkItem).containsExactly("JZ-001", "ZA-001");
        assertThat(full.results().get(1).methods()).containsExactly(InspectionMethod.ON_SITE);
        assertThat(full.inspectedOn()).isEqualTo(DAY);
    }

    @Test
    void enteringTheSameResultAgainChangesNothing() {
        Inspection partial = joint().enterResults("I-H", List.of(ok("JZ-001")), DAY);
        assertThat(partial.enterResults("I-H", List.of(ok("JZ-001")), DAY.plusDays(3))).isSameAs(partial);
        Inspection submitted = partial.enterResults("I-Q", List.of(violation("ZA-001", "C")), DAY);
        assertThat(submitted.enterResults("I-Q", List.of(violation("ZA-001", "C")), DAY)).isSameAs(submitted);
        assertThat(status(() -> submitted.enterResults("I-Q", List.of(violation("ZA-001", "D")), DAY))).isEqualTo(409);
    }

    @Test
    void violationsAreRequiredForABCDOptionalForEAndRefusedForNoProblem() {
        assertThat(status(() -> joint().enterResults("I-Q", List.of(new ResultEntry("ZA-001", "D", List.of("ON_SITE"), null, null)), DAY)))
                .isEqualTo(400);
        assertThat(joint().enterResults("I-Q", List.of(new ResultEntry("ZA-001", "E", List.of("ON_SITE"), null, null)), DAY).status())
                .isEqualTo(InspectionStatus.IN_PROGRESS);
        assertThat(status(() -> joint().enterResults("I-Q", List.of(violation("ZA-001", "1")), DAY))).isEqualTo(400);
        ProblemException noDeadline = (ProblemException) org.assertj.core.api.Assertions.catchThrowable(() -> joint().enterResults("I-Q",
                List.of(new ResultEntry("ZA-001", "A", List.of("ON_SITE"), null,
                        new ResultEntry.ViolationEntry(" ", "GENERAL", "RECTIFICATION_ORDER", null))), DAY));
        assertThat(noDeadline.errors()).extracting(e -> e.field())
                .containsExactly("items[0].violation.legalProvision", "items[0].violation.rectificationDeadline");
    }

    @Test
    void anInspectorEntersOnlyTheirOwnDepartmentsItemsOfThisRecord() {
        assertThat(status(() -> joint().enterResults("I-X", List.of(ok("JZ-001")), DAY))).isEqualTo(422);
        assertThat(status(() -> joint().enterResults("I-H", List.of(ok("ZA-001")), DAY))).isEqualTo(422);
        assertThat(status(() -> joint().enterResults("I-H", List.of(ok("JZ-404")), DAY))).isEqualTo(422);
        assertThat(status(() -> joint().enterResults("I-H", List.of(ok("JZ-001"), ok("JZ-001")), DAY))).isEqualTo(400);
    }

    @Test
    void reviewReturnsWithAReasonOrApprovesByANonInspector() {
        Inspection submitted = joint().enterResults("I-H", List.of(ok("JZ-001")), DAY).enterResults("I-Q", List.of(violation("ZA-001", "A")), DAY);
        assertThat(status(() -> joint().review("R", ReviewDecision.APPROVE, null, NOW, DAY))).isEqualTo(409);
        assertThat(status(() -> submitted.review("I-H", ReviewDecision.APPROVE, null, NOW, DAY))).isEqualTo(422);
        assertThat(status(() -> submitted.review("R", ReviewDecision.RETURN, " ", NOW, DAY))).isEqualTo(400);

        Inspection returned = submitted.review("R", ReviewDecision.RETURN, "条款不完整", NOW, DAY);
        assertThat(returned.status()).isEqualTo(InspectionStatus.RETURNED);
        Inspection resubmitted = returned.enterResults("I-Q", List.of(violation("ZA-001", "A")), DAY.plusDays(1));
        assertThat(resubmitted.status()).isEqualTo(InspectionStatus.SUBMITTED);

        Inspection completed = resubmitted.review("R", ReviewDecision.APPROVE, null, NOW, DAY.plusDays(3));
        assertThat(completed.status()).isEqualTo(InspectionStatus.COMPLETED);
        assertThat(completed.resultDate()).isEqualTo(DAY.plusDays(3));
        assertThat(completed.violations()).hasSize(1);
        assertThat(completed.violationId(completed.violations().get(0))).isEqualTo("T-1/OBJ-1/ZA-001");
        assertThat(completed.publicSummary()).isEqualTo("JZ-001：未发现问题；ZA-001：发现问题待后续处理");
        assertThat(completed.reviews()).extracting(Review::decision).containsExactly(ReviewDecision.RETURN, ReviewDecision.APPROVE);
        assertThat(completed.review("R", ReviewDecision.APPROVE, null, NOW, DAY)).isSameAs(completed);
        assertThat(status(() -> completed.enterResults("I-H", List.of(violation("JZ-001", "D")), DAY))).isEqualTo(409);
    }

    @Test
    void draftsWaitForAnExplicitSubmissionWhichNeedsEveryItem() {
        Inspection draft = joint().enterResults("I-H", List.of(ok("JZ-001")), DAY, true);
        assertThat(status(() -> draft.submit("I-H"))).isEqualTo(422);
        Inspection complete = draft.enterResults("I-Q", List.of(ok("ZA-001")), DAY, true);
        assertThat(complete.status()).isEqualTo(InspectionStatus.IN_PROGRESS);
        assertThat(complete.missingItems()).isEmpty();
        Inspection submitted = complete.submit("I-Q");
        assertThat(submitted.status()).isEqualTo(InspectionStatus.SUBMITTED);
        assertThat(submitted.submit("I-H")).isSameAs(submitted);
        assertThat(status(() -> complete.submit("I-X"))).isEqualTo(422);
    }

    @Test
    void theNoticeComesBeforeTheVisitAndSaysWhatToPrepare() {
        assertThat(status(() -> joint().notifyBusiness("I-H", null, null, " ", DAY))).isEqualTo(400);
        assertThat(status(() -> joint().notifyBusiness("I-H", DAY, DAY.minusDays(1), "证照", DAY))).isEqualTo(400);
        Inspection notified = joint().notifyBusiness("I-H", null, DAY.plusDays(5), "资质证书原件", DAY);
        assertThat(notified.status()).isEqualTo(InspectionStatus.NOTIFIED);
        assertThat(notified.notice().noticeDate()).isEqualTo(DAY);
        assertThat(notified.notifyBusiness("I-H", null, DAY.plusDays(5), "资质证书原件", DAY)).isSameAs(notified);
        Inspection visiting = notified.startVisit("I-Q", null, DAY.plusDays(5));
        assertThat(visiting.status()).isEqualTo(InspectionStatus.IN_PROGRESS);
        assertThat(visiting.inspectedOn()).isEqualTo(DAY.plusDays(5));
        assertThat(status(() -> visiting.notifyBusiness("I-H", null, null, "另行通知", DAY))).isEqualTo(409);
        assertThat(status(() -> notified.startVisit("I-Q", DAY.plusDays(9), DAY))).as("a visit in the future").isEqualTo(400);
    }

    @Test
    void aSidePathGivesEveryItemItsCategoryAndGoesToReview() {
        Inspection refused = joint().enterResults("I-H", List.of(ok("JZ-001")), DAY).declareOutcome("I-Q", "REFUSED", "拒绝进入现场", DAY);
        assertThat(refused.status()).isEqualTo(InspectionStatus.SUBMITTED);
        assertThat(refused.results()).extracting(r -> r.category().code()).containsExactly("8", "8");
        assertThat(refused.outcome().outcome()).isEqualTo(VisitOutcome.REFUSED);
        assertThat(refused.declareOutcome("I-Q", "REFUSED", "拒绝进入现场", DAY)).isSameAs(refused);
        assertThat(status(() -> refused.declareOutcome("I-Q", "CLOSED_OR_LIQUIDATING", "已停业", DAY))).isEqualTo(409);
        assertThat(status(() -> joint().declareOutcome("I-Q", "REFUSED", null, DAY))).isEqualTo(400);
        assertThat(status(() -> joint().declareOutcome("I-Q", "ABSENT", "x", DAY))).isEqualTo(400);
        assertThat(joint().declareOutcome("I-H", "NO_RELEVANT_ACTIVITY", "未从事相关业务", DAY).results())
                .extracting(r -> r.category().code()).containsExactly("F", "F");

        Inspection returned = refused.review("R", ReviewDecision.RETURN, "请补充照片", NOW, DAY);
        Inspection entered = returned.enterResults("I-H", List.of(ok("JZ-001")), DAY);
        assertThat(entered.outcome()).isNull();
        assertThat(entered.missingItems()).containsExactly("ZA-001");
    }

    @Test
    void evidenceIsAttachedOnceByAnAssignedInspectorBeforeCompletion() {
        Evidence photo = new Evidence("F-1", "a.jpg", "image/jpeg", 10, "ab".repeat(32), null, "I-H", NOW);
        Inspection with = joint().addEvidence(photo);
        assertThat(with.evidence()).containsExactly(photo);
        assertThat(with.addEvidence(new Evidence("F-2", "a.jpg", "image/jpeg", 10, "ab".repeat(32), null, "I-Q", NOW))).isSameAs(with);
        assertThat(status(() -> joint().addEvidence(new Evidence("F-3", "a.jpg", "image/jpeg", 10, "cd".repeat(32), null, "I-X", NOW))))
                .isEqualTo(422);
    }

    @Test
    void aFollowUpRecordIsNotRandomAndKnowsItsFollowUp() {
        Inspection followUp = Inspection.open("T-2", "整改复查", TaskType.FOLLOW_UP, "housing-market", "OBJ-1", null, "某公司", "ENTERPRISE",
                List.of(new AssignedItem("housing-market", "JZ-001")), List.of(new AssignedInspector("I-H", "张伟", "housing-market")), null, "FU-9");
        assertThat(followUp.random()).isFalse();
        assertThat(followUp.followUpId()).isEqualTo("FU-9");
        assertThat(joint().random()).isTrue();
    }
}
