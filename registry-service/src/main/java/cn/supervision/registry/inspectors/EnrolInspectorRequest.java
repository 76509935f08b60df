package cn.supervision.registry.inspectors;

import java.util.List;

import cn.supervision.registry.inspectors.domain.Absence;
import cn.supervision.registry.inspectors.domain.ConflictOfInterest;
import cn.supervision.registry.inspectors.domain.Inspector;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record EnrolInspectorRequest(
        @NotBlank @Size(max = 40) String certificateNumber,
        @NotBlank @Size(max = 50) String name,
        @NotBlank String department,
        @NotNull List<@NotBlank String> qualifications,
        @Pattern(regexp = "\\d{6}", message = "must be a 6-digit administrative division code") String region,
        @Pattern(regexp = "\\d{17}[\\dX]", message = "must be an 18-character resident ID number") String idNumber,
        @Pattern(regexp = "[\\d+\\- ]{5,20}", message = "must be a phone number") String phone,
        List<Absence> absences,
        List<ConflictOfInterest> conflictsOfInterest,
        @Size(max = 500) String reason) {

    Inspector.Details details() {
        return new Inspector.Details(name, department, qualifications, region, absences, conflictsOfInterest, idNumber, phone);
    }
}
