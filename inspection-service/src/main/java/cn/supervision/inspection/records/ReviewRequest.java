package cn.supervision.inspection.records;

import cn.supervision.inspection.records.domain.ReviewDecision;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 审核: approve the submitted results, or return them with a reason. */
record ReviewRequest(
        @NotBlank String reviewerId,
        @NotNull ReviewDecision decision,
        @Size(max = 2000) String reason) {
}
