package cn.supervision.inspection.records;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Bodies of the workflow steps besides results and review. The acting person is named until authentication exists (issue 9). */
final class LifecycleRequests {

    private LifecycleRequests() {
    }

    /** 检查通知: optional notice to the business; {@code noticeDate} defaults to today. */
    record NoticeRequest(@NotBlank String inspectorId, LocalDate noticeDate, LocalDate visitDate, @Size(max = 2000) String toPrepare) {
    }

    /** 进场检查: the visit starts; {@code visitedOn} defaults to today. */
    record VisitRequest(@NotBlank String inspectorId, LocalDate visitedOn) {
    }

    /** 提交审核. */
    record SubmitRequest(@NotBlank String inspectorId) {
    }

    /** The visit ended on a side path: {@code outcome} is a {@code VisitOutcome} name, {@code reason} what was found. */
    record OutcomeRequest(@NotBlank String inspectorId, String outcome, @Size(max = 2000) String reason) {
    }
}
