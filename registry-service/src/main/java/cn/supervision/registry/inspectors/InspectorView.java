package cn.supervision.registry.inspectors;

import java.util.List;

/** An inspector as staff APIs show it: personal data withheld. */
record InspectorView(String certificateNumber, String name, String department, List<String> qualifications, String region, String status) {

    static InspectorView of(InspectorDocument d) {
        return new InspectorView(d.certificateNumber, d.name, d.department, d.qualifications, d.region, d.status.name());
    }
}
