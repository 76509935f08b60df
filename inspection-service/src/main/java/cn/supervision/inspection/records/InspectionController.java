package cn.supervision.inspection.records;

import java.util.List;

import cn.supervision.inspection.records.domain.InspectionStatus;

import cn.supervision.inspection.log.domain.ChainVerdict;
import cn.supervision.inspection.log.domain.LogEntry;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Inspection records by task and object (the record id {@code taskId/objectId} is addressed as two path segments). */
@RestController
@RequestMapping("/inspections")
class InspectionController {

    private final InspectionRecords records;

    InspectionController(InspectionRecords records) {
        this.records = records;
    }

    /**
     * Records of a task, of an object, assigned to an inspector, in a state, of a department, or any combination;
     * ordered by id, at most {@value InspectionRecords#LIST_LIMIT}.
     */
    @GetMapping
    List<InspectionView> list(@RequestParam(required = false) String taskId, @RequestParam(required = false) String objectId,
            @RequestParam(required = false) String inspectorId, @RequestParam(required = false) InspectionStatus status,
            @RequestParam(required = false) String department) {
        return records.list(taskId, objectId, inspectorId, status, department).stream().map(InspectionView::of).toList();
    }

    /** 逾期未完成: records past their task's deadline and not completed, of every department or of one. */
    @GetMapping("/overdue")
    List<InspectionView> overdue(@RequestParam(required = false) String department) {
        return records.overdue(department).stream().map(InspectionView::of).toList();
    }

    @GetMapping("/{taskId}/{objectId}")
    InspectionView find(@PathVariable String taskId, @PathVariable String objectId) {
        return InspectionView.of(records.find(taskId, objectId));
    }

    /** 检查通知: tell the business of the visit and what to prepare (optional, before the visit). */
    @PostMapping("/{taskId}/{objectId}/notice")
    InspectionView notice(@PathVariable String taskId, @PathVariable String objectId, @Valid @RequestBody LifecycleRequests.NoticeRequest request) {
        return InspectionView.of(records.notifyBusiness(taskId, objectId, request.inspectorId(), request.noticeDate(), request.visitDate(),
                request.toPrepare()));
    }

    /** 进场检查: the visit started. */
    @PostMapping("/{taskId}/{objectId}/visit")
    InspectionView visit(@PathVariable String taskId, @PathVariable String objectId, @Valid @RequestBody LifecycleRequests.VisitRequest request) {
        return InspectionView.of(records.startVisit(taskId, objectId, request.inspectorId(), request.visitedOn()));
    }

    /** An assigned inspector enters results for their department's items; repeating the same entry changes nothing. */
    @PutMapping("/{taskId}/{objectId}/results")
    InspectionView enterResults(@PathVariable String taskId, @PathVariable String objectId, @Valid @RequestBody EnterResultsRequest request) {
        return InspectionView.of(records.enterResults(taskId, objectId, request.inspectorId(), request.entries(), request.isDraft()));
    }

    /** 提交审核: every item must have a result; results entered as drafts are submitted by this. */
    @PostMapping("/{taskId}/{objectId}/submit")
    InspectionView submit(@PathVariable String taskId, @PathVariable String objectId, @Valid @RequestBody LifecycleRequests.SubmitRequest request) {
        return InspectionView.of(records.submit(taskId, objectId, request.inspectorId()));
    }

    /** The visit ended on a side path (REFUSED, NOT_REACHABLE, CLOSED_OR_LIQUIDATING, DEREGISTERED, NO_RELEVANT_ACTIVITY); goes to review. */
    @PostMapping("/{taskId}/{objectId}/outcome")
    InspectionView outcome(@PathVariable String taskId, @PathVariable String objectId, @Valid @RequestBody LifecycleRequests.OutcomeRequest request) {
        return InspectionView.of(records.declareOutcome(taskId, objectId, request.inspectorId(), request.outcome(), request.reason()));
    }

    /** 审核: approve (the results are produced and published as events) or return with a reason. */
    @PostMapping("/{taskId}/{objectId}/review")
    InspectionView review(@PathVariable String taskId, @PathVariable String objectId, @Valid @RequestBody ReviewRequest request) {
        return InspectionView.of(records.review(taskId, objectId, request.reviewerId(), request.decision(), request.reason()));
    }

    /** 执法全过程记录: every action on the record, in order, each with the hash of the one before. */
    @GetMapping("/{taskId}/{objectId}/log")
    List<LogEntry> log(@PathVariable String taskId, @PathVariable String objectId) {
        return records.logOf(taskId, objectId);
    }

    /** Verifies the record's log chain; reports the first broken link. */
    @GetMapping("/{taskId}/{objectId}/log/verify")
    ChainVerdict verifyLog(@PathVariable String taskId, @PathVariable String objectId) {
        return records.verifyLog(taskId, objectId);
    }
}
