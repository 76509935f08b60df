package cn.supervision.registry.objects;

import java.util.List;
import java.util.Set;

import cn.supervision.registry.objects.domain.InspectionObject;
import cn.supervision.registry.objects.domain.ObjectStatus;
import jakarta.validation.constraints.Size;

/**
 * A clerk's change of an object: fields left out stay as they are; {@code reason} (why) is required and kept in the
 * history. Setting status DEREGISTERED or MOVED_AWAY takes the object out of the population.
 */
record ChangeObjectRequest(
        @Size(max = 200) String name,
        @Size(max = 100) String industry,
        String region,
        @Size(max = 300) String address,
        ObjectStatus status,
        List<String> supervisingDepartments,
        Set<String> tags,
        Integer complaintCount,
        @Size(max = 500) String reason) {

    InspectionObject.Details details() {
        return new InspectionObject.Details(name, industry, region, address, status, supervisingDepartments, tags, complaintCount);
    }
}
