package cn.supervision.registry.checkitems;

import java.time.LocalDate;
import java.util.List;

import cn.supervision.registry.checkitems.domain.CheckItem;
import jakarta.validation.constraints.Size;

/** A change of a check item: fields left out stay as they are; {@code reason} is required. */
record ChangeCheckItemRequest(
        @Size(max = 200) String name,
        @Size(max = 1000) String legalBasis,
        String department,
        String objectType,
        @Size(max = 2000) String content,
        List<String> methods,
        String kind,
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
