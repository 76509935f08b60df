package cn.supervision.inspection.records;

import java.util.List;

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

    /** Records of a task, of an object, or both; ordered by id, at most {@value InspectionRecords#LIST_LIMIT}. */
    @GetMapping
    List<InspectionView> list(@RequestParam(required = false) String taskId, @RequestParam(required = false) String objectId) {
        return records.list(taskId, objectId).stream().map(InspectionView::of).toList();
    }

    @GetMapping("/{taskId}/{objectId}")
    InspectionView find(@PathVariable String taskId, @PathVariable String objectId) {
        return InspectionView.of(records.find(taskId, objectId));
    }

    /** An assigned inspector enters results for their department's items; repeating the same entry changes nothing. */
    @PutMapping("/{taskId}/{objectId}/results")
    InspectionView enterResults(@PathVariable String taskId, @PathVariable String objectId, @Valid @RequestBody EnterResultsRequest request) {
        return InspectionView.of(records.enterResults(taskId, objectId, request.inspectorId(), request.entries()));
    }

    /** 审核: approve (the results are produced and published as events) or return with a reason. */
    @PostMapping("/{taskId}/{objectId}/review")
    InspectionView review(@PathVariable String taskId, @PathVariable String objectId, @Valid @RequestBody ReviewRequest request) {
        return InspectionView.of(records.review(taskId, objectId, request.reviewerId(), request.decision(), request.reason()));
    }
}
