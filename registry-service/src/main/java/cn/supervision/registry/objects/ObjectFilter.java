package cn.supervision.registry.objects;

import java.util.ArrayList;
import java.util.List;

import cn.supervision.registry.objects.domain.InspectionObject;
import org.springframework.data.mongodb.core.query.Criteria;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The filters of the object lists and exports; every one optional, all combined. {@code q}: part of the name or the key. */
record ObjectFilter(String type, String region, String industry, String tag, String riskLevel, String department, String status, String q) {

    Criteria criteria() {
        List<Criteria> all = new ArrayList<>();
        if (present(type)) {
            all.add(where("type").is(type));
        }
        if (present(region)) {
            all.add(where("region").is(region));
        }
        if (present(industry)) {
            all.add(where("industry").is(industry));
        }
        if (present(tag)) {
            all.add(where("tags").is(tag));
        }
        if (present(riskLevel)) {
            all.add(where("riskLevel").is(riskLevel));
        }
        if (present(department)) {
            all.add(where("supervisingDepartments").is(department));
        }
        if (present(status)) {
            all.add(where("status").is(status));
        }
        if (present(q)) {
            String quoted = java.util.regex.Pattern.quote(q.strip());
            all.add(new Criteria().orOperator(where("name").regex(quoted), where("_id").regex(quoted)));
        }
        return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
    }

    /** The same test in memory, for "as of" lists rebuilt from history. */
    boolean matches(InspectionObject o) {
        return (!present(type) || type.equals(o.type().name())) && (!present(region) || region.equals(o.region()))
                && (!present(industry) || industry.equals(o.industry())) && (!present(tag) || o.tags().contains(tag))
                && (!present(riskLevel) || riskLevel.equals(o.riskLevel().name()))
                && (!present(department) || o.supervisingDepartments().contains(department))
                && (!present(status) || status.equals(o.status().name()))
                && (!present(q) || o.name().contains(q.strip()) || o.key().contains(q.strip()));
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
