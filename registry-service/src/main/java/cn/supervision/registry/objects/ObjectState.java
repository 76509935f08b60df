package cn.supervision.registry.objects;

import java.util.List;

import java.util.Set;

import cn.supervision.registry.objects.domain.InspectionObject;
import cn.supervision.registry.objects.domain.ObjectStatus;
import cn.supervision.registry.objects.domain.ObjectType;
import cn.supervision.registry.objects.domain.RiskLevel;

/**
 * Body of the object events ({@code registry.ObjectRegistered.v1}, {@code ObjectChanged.v1}, {@code ObjectDeregistered.v1}):
 * the object's whole public state, so that consumers never have to call back.
 */
record ObjectState(String objectId, String uscc, String name, String objectType, String industry, String region, String address,
        String status, List<String> supervisingDepartments, String riskLevel, List<String> tags, int complaintCount) {

    InspectionObject toDomain() {
        return new InspectionObject(objectId, uscc, name, ObjectType.valueOf(objectType), industry, region, address, ObjectStatus.valueOf(status),
                supervisingDepartments, RiskLevel.valueOf(riskLevel), Set.copyOf(tags), complaintCount);
    }

    static ObjectState of(InspectionObject o) {
        return new ObjectState(o.key(), o.uscc(), o.name(), o.type().name(), o.industry(), o.region(), o.address(), o.status().name(),
                o.supervisingDepartments(), o.riskLevel().name(), List.copyOf(o.tags()), o.complaintCount());
    }
}
