package cn.supervision.registry.inspectors;

import java.util.List;

/** Body of {@code registry.InspectorChanged.v1}: what sampling needs to draw, and never the ID number or phone. */
record InspectorState(String inspectorId, String name, String department, List<String> qualifications, String region, String status) {
}
