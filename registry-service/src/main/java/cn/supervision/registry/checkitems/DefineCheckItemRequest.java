package cn.supervision.registry.checkitems;

import java.time.LocalDate;
import java.util.List;

import cn.supervision.registry.checkitems.domain.CheckItem;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record DefineCheckItemRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9\\-]{1,40}", message = "letters, digits and '-' only, at most 40") String code,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 1000) String legalBasis,
        @NotBlank String department,
        @NotBlank String objectType,
        @Size(max = 2000) String content,
        @NotEmpty List<@NotBlank String> methods,
        @NotBlank String kind,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String initiatingDepartment,
        List<String> participatingDepartments,
        @Size(max = 500) String reason) {

    CheckItem.Details details() {
        return new CheckItem.Details(name, legalBasis, department, objectType, content, methods, kind, effectiveFrom, effectiveTo,
                initiatingDepartment, participatingDepartments);
    }
}
