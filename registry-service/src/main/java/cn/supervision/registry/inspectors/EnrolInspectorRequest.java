package cn.supervision.registry.inspectors;

import java.util.List;

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
        @Pattern(regexp = "[\\d+\\- ]{5,20}", message = "must be a phone number") String phone) {
}
