package cn.supervision.registry.objects;

import java.util.List;
import java.util.Set;

import cn.supervision.registry.objects.domain.InspectionObject;
import cn.supervision.registry.objects.domain.ObjectType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a clerk enters to add an object to the directory. {@code tags}: only SPECIAL_INDUSTRY and KEY_REGION are set by hand. */
record RegisterObjectRequest(
        String uscc,
        String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull ObjectType type,
        @Size(max = 100) String industry,
        @NotBlank String region,
        @Size(max = 300) String address,
        @NotEmpty List<@NotBlank String> supervisingDepartments,
        Set<String> tags,
        Integer complaintCount,
        @Size(max = 500) String reason) {

    InspectionObject.Details details() {
        return new InspectionObject.Details(name, industry, region, address, null, supervisingDepartments, tags == null ? Set.of() : tags,
                complaintCount == null ? 0 : complaintCount);
    }
}
