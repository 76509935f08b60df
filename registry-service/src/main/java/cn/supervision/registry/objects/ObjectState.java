package cn.supervision.registry.objects;

import java.util.List;
import java.util.Set;

/** Body of the object events ({@code contracts/registry.ObjectRegistered.v1.schema.json}): the object's whole public state. */
record ObjectState(String objectId, String uscc, String name, String objectType, String industry, String region, String address,
        String status, List<String> supervisingDepartments, String riskLevel, Set<String> tags) {
}
