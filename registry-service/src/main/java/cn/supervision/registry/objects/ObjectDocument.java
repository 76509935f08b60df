package cn.supervision.registry.objects;

import java.util.List;
import java.util.Set;

import cn.supervision.platform.outbox.OutboxDocument;
import cn.supervision.registry.objects.domain.InspectionObject;
import cn.supervision.registry.objects.domain.ObjectStatus;
import cn.supervision.registry.objects.domain.ObjectType;
import cn.supervision.registry.objects.domain.RiskLevel;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An object as stored, with the events its last change still has to publish. */
@Document("objects")
class ObjectDocument extends OutboxDocument {

    @Id
    String key;
    String uscc;
    String name;
    ObjectType type;
    String industry;
    String region;
    String address;
    ObjectStatus status;
    List<String> supervisingDepartments;
    RiskLevel riskLevel;
    Set<String> tags;

    static ObjectDocument of(InspectionObject o) {
        ObjectDocument d = new ObjectDocument();
        d.key = o.key();
        d.uscc = o.uscc();
        d.name = o.name();
        d.type = o.type();
        d.industry = o.industry();
        d.region = o.region();
        d.address = o.address();
        d.status = o.status();
        d.supervisingDepartments = o.supervisingDepartments();
        d.riskLevel = o.riskLevel();
        d.tags = o.tags();
        return d;
    }

    InspectionObject toDomain() {
        return new InspectionObject(key, uscc, name, type, industry, region, address, status, supervisingDepartments, riskLevel,
                tags == null ? Set.of() : tags);
    }
}
