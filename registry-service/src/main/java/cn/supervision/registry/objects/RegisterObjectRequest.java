package cn.supervision.registry.objects;

import java.util.List;

import cn.supervision.registry.objects.domain.ObjectType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a clerk enters to add an object to the directory. */
record RegisterObjectRequest(
        String uscc,
        String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull ObjectType type,
        @Size(max = 100) String industry,
        @NotBlank String region,
        @Size(max = 300) String address,
        @NotEmpty List<@NotBlank String> supervisingDepartments) {
}
