package cn.supervision.registry.objects;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.supervision.platform.outbox.OutboxDocument;
import cn.supervision.registry.history.domain.Version;
import cn.supervision.registry.objects.domain.InspectionObject;
import cn.supervision.registry.objects.domain.ObjectStatus;
import cn.supervision.registry.objects.domain.ObjectType;
import cn.supervision.registry.objects.domain.RiskLevel;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An object as stored: its current state, every version it had (history) and the events its last change still has to
 * publish — one document, so a change, its version and its events are one atomic write.
 */
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
    int complaintCount;
    /** How many versions the object has had; bulk imports use it to write each version exactly once. */
    int revision;
    List<Version<InspectionObject>> versions = new ArrayList<>();
    /** ce_time of the credit events applied last (per risk level and per list), so an old redelivery cannot roll back. */
    Map<String, Instant> creditEventTimes = new HashMap<>();

    static ObjectDocument of(InspectionObject o) {
        ObjectDocument d = new ObjectDocument();
        d.set(o);
        return d;
    }

    void set(InspectionObject o) {
        key = o.key();
        uscc = o.uscc();
        name = o.name();
        type = o.type();
        industry = o.industry();
        region = o.region();
        address = o.address();
        status = o.status();
        supervisingDepartments = o.supervisingDepartments();
        riskLevel = o.riskLevel();
        tags = o.tags();
        complaintCount = o.complaintCount();
    }

    /** Records a new state as the next version. */
    void change(InspectionObject o, Instant at, String who, String why) {
        set(o);
        if (versions == null) {
            versions = new ArrayList<>();
        }
        versions.add(new Version<>(versions.size() + 1, at, who, why, o));
        revision = versions.size();
    }

    List<Version<InspectionObject>> versions() {
        return versions == null ? List.of() : versions;
    }

    InspectionObject toDomain() {
        return new InspectionObject(key, uscc, name, type, industry, region, address, status, supervisingDepartments, riskLevel,
                tags == null ? Set.of() : tags, complaintCount);
    }
}
