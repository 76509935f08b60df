package cn.supervision.inspection.records.domain;

import java.time.LocalDate;
import java.util.List;

/** One item's result as an inspector enters it, not yet checked: codes are raw text so that each refusal can name its field. */
public record ResultEntry(String checkItem, String category, List<String> methods, String findings, ViolationEntry violation) {

    /** The violation as entered; {@code severity} and {@code measure} are the enum names. */
    public record ViolationEntry(String legalProvision, String severity, String measure, LocalDate rectificationDeadline, String referredTo) {

        public ViolationEntry(String legalProvision, String severity, String measure, LocalDate rectificationDeadline) {
            this(legalProvision, severity, measure, rectificationDeadline, null);
        }
    }
}
