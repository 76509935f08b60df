package cn.supervision.inspection.records;

import java.time.LocalDate;
import java.util.List;

import cn.supervision.inspection.records.domain.ResultEntry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an inspector enters after the visit: results for some or all of their department's check items; {@code draft} keeps them unsubmitted. */
record EnterResultsRequest(
        @NotBlank String inspectorId,
        @NotEmpty List<@NotNull @Valid ItemRequest> items,
        Boolean draft) {

    /** A draft is kept without submitting it, even when every item has a result; {@code POST .../submit} submits it. */
    boolean isDraft() {
        return Boolean.TRUE.equals(draft);
    }

    /** {@code category} is a result code (1 E A B C 6 D F 7 8 9 10 11 12); {@code methods} are method names. */
    record ItemRequest(
            @NotBlank String checkItem,
            @NotBlank String category,
            List<String> methods,
            @Size(max = 4000) String findings,
            @Valid ViolationRequest violation) {
    }

    record ViolationRequest(
            @Size(max = 500) String legalProvision,
            String severity,
            String measure,
            LocalDate rectificationDeadline,
            @Size(max = 200) String referredTo) {
    }

    List<ResultEntry> entries() {
        return items.stream().map(i -> new ResultEntry(i.checkItem(), i.category(), i.methods(), i.findings(), i.violation() == null ? null
                : new ResultEntry.ViolationEntry(i.violation().legalProvision(), i.violation().severity(), i.violation().measure(),
                        i.violation().rectificationDeadline(), i.violation().referredTo()))).toList();
    }
}
