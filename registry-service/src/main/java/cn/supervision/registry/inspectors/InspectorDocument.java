package cn.supervision.registry.inspectors;

import java.util.List;

import cn.supervision.platform.outbox.OutboxDocument;
import cn.supervision.registry.inspectors.domain.Inspector;
import cn.supervision.registry.inspectors.domain.InspectorStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("inspectors")
class InspectorDocument extends OutboxDocument {

    @Id
    String certificateNumber;
    String name;
    String department;
    List<String> qualifications;
    String region;
    InspectorStatus status;
    String idNumber;
    String phone;

    static InspectorDocument of(Inspector i) {
        InspectorDocument d = new InspectorDocument();
        d.certificateNumber = i.certificateNumber();
        d.name = i.name();
        d.department = i.department();
        d.qualifications = i.qualifications();
        d.region = i.region();
        d.status = i.status();
        d.idNumber = i.idNumber();
        d.phone = i.phone();
        return d;
    }
}
