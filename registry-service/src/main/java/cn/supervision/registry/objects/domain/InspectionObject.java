package cn.supervision.registry.objects.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cn.supervision.platform.problem.FieldProblem;
import cn.supervision.platform.problem.ProblemException;
import cn.supervision.registry.history.domain.Recorded;

/**
 * 检查对象: one entry of the object directory. Enterprises are keyed by their USCC; individual businesses and
 * construction projects without one by their own code (e.g. a project code). Risk level and the list tags are set by
 * credit-service, never typed in; {@code MANY_COMPLAINTS} follows the complaint count.
 */
public record InspectionObject(String key, String uscc, String name, ObjectType type, String industry, String region, String address,
        ObjectStatus status, List<String> supervisingDepartments, RiskLevel riskLevel, Set<String> tags, int complaintCount)
        implements Recorded {

    public InspectionObject {
        tags = tags == null ? Set.of() : Set.copyOf(new TreeSet<>(tags));
        supervisingDepartments = supervisingDepartments == null ? List.of() : List.copyOf(supervisingDepartments);
    }

    /** What staff may say about an object (on registration, on change, in an import row). Null means "leave as it is". */
    public record Details(String name, String industry, String region, String address, ObjectStatus status, List<String> supervisingDepartments,
            Set<String> staffTags, Integer complaintCount) {
    }

    /** Checks the rules that span fields; single-field formats are checked where the value is parsed. */
    public static InspectionObject register(String uscc, String ownCode, ObjectType type, Details details, DirectoryRules rules) {
        List<FieldProblem> problems = new ArrayList<>();
        String key;
        String normalisedUscc = null;
        if (type == ObjectType.ENTERPRISE || (uscc != null && !uscc.isBlank())) {
            normalisedUscc = Uscc.parse(uscc).value();
            key = normalisedUscc;
        } else if (ownCode == null || ownCode.isBlank()) {
            problems.add(new FieldProblem("code", "an object without a USCC needs its own code (project code, registration number)"));
            key = null;
        } else {
            key = ownCode.strip();
        }
        if (key != null && !key.matches("[\\p{L}\\p{N}\\-_.()（）]{1,60}")) {
            problems.add(new FieldProblem("code", "letters, digits and - _ . ( ) only, at most 60 (no spaces, commas or tabs)"));
        }
        if (details.name() == null) {
            problems.add(new FieldProblem("name", "is required"));
        }
        if (details.region() == null) {
            problems.add(new FieldProblem("region", "is required"));
        }
        if (details.supervisingDepartments() == null) {
            problems.add(new FieldProblem("supervisingDepartments", "at least one department supervises the object"));
        }
        InspectionObject blank = new InspectionObject(key, normalisedUscc, "", type, null, null, null, ObjectStatus.OPERATING, List.of(),
                RiskLevel.B, Set.of(), 0);
        if (!problems.isEmpty()) {
            problems.addAll(blank.problemsWith(details, rules));
            throw ProblemException.invalid(problems);
        }
        return blank.amend(details, rules);
    }

    /** The object after a clerk's change; refuses invalid values, all at once. */
    public InspectionObject amend(Details d, DirectoryRules rules) {
        List<FieldProblem> problems = problemsWith(d, rules);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        int complaints = d.complaintCount() != null ? d.complaintCount() : complaintCount;
        Set<String> newTags = new TreeSet<>(tags);
        if (d.staffTags() != null) {
            newTags.removeAll(ObjectTag.STAFF);
            newTags.addAll(d.staffTags());
        }
        return new InspectionObject(key, uscc, d.name() != null ? d.name().strip() : name, type, d.industry() != null ? blankToNull(d.industry()) : industry,
                d.region() != null ? d.region() : region, d.address() != null ? blankToNull(d.address()) : address,
                d.status() != null ? d.status() : status, d.supervisingDepartments() != null ? d.supervisingDepartments() : supervisingDepartments,
                riskLevel, complaintTag(newTags, complaints, rules.manyComplaints()), complaints);
    }

    private List<FieldProblem> problemsWith(Details d, DirectoryRules rules) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.name() != null && (d.name().isBlank() || d.name().length() > 200)) {
            problems.add(new FieldProblem("name", "must be 1 to 200 characters"));
        }
        if (d.region() != null && !rules.regions().test(d.region())) {
            problems.add(new FieldProblem("region", "unknown administrative division code '" + d.region() + "' (6 digits, e.g. 410202)"));
        }
        if (d.supervisingDepartments() != null && d.supervisingDepartments().isEmpty()) {
            problems.add(new FieldProblem("supervisingDepartments", "at least one department supervises the object"));
        }
        if (d.supervisingDepartments() != null) {
            for (int i = 0; i < d.supervisingDepartments().size(); i++) {
                if (!rules.departments().contains(d.supervisingDepartments().get(i))) {
                    problems.add(new FieldProblem("supervisingDepartments[" + i + "]", "unknown department '" + d.supervisingDepartments().get(i) + "'"));
                }
            }
        }
        if (d.staffTags() != null) {
            for (String tag : d.staffTags()) {
                if (!ObjectTag.STAFF.contains(tag)) {
                    problems.add(new FieldProblem("tags", ObjectTag.CREDIT_LISTS.contains(tag) || ObjectTag.MANY_COMPLAINTS.name().equals(tag)
                            ? "'" + tag + "' is not set by hand (credit lists come from credit-service, MANY_COMPLAINTS from the complaint count)"
                            : "unknown tag '" + tag + "'; staff may set " + new TreeSet<>(ObjectTag.STAFF)));
                }
            }
        }
        if (d.complaintCount() != null && d.complaintCount() < 0) {
            problems.add(new FieldProblem("complaintCount", "must not be negative"));
        }
        if (d.address() != null && d.address().length() > 300) {
            problems.add(new FieldProblem("address", "at most 300 characters"));
        }
        if (d.industry() != null && d.industry().length() > 100) {
            problems.add(new FieldProblem("industry", "at most 100 characters"));
        }
        return problems;
    }

    /** 信用风险分类 set by credit-service. */
    public InspectionObject withRiskLevel(RiskLevel level) {
        return new InspectionObject(key, uscc, name, type, industry, region, address, status, supervisingDepartments, level, tags, complaintCount);
    }

    /** Entered ({@code on}) or left a credit list; the list name is the tag. */
    public InspectionObject onCreditList(String list, boolean on) {
        if (!ObjectTag.CREDIT_LISTS.contains(list)) {
            throw new IllegalArgumentException("not a credit list: " + list);
        }
        Set<String> newTags = new TreeSet<>(tags);
        if (on) {
            newTags.add(list);
        } else {
            newTags.remove(list);
        }
        return new InspectionObject(key, uscc, name, type, industry, region, address, status, supervisingDepartments, riskLevel, newTags,
                complaintCount);
    }

    /** Deregistered or moved away: no longer in the population any department may draw from. */
    public boolean hasLeft() {
        return status == ObjectStatus.DEREGISTERED || status == ObjectStatus.MOVED_AWAY;
    }

    public Set<String> staffTags() {
        Set<String> staff = new TreeSet<>(tags);
        staff.retainAll(ObjectTag.STAFF);
        return staff;
    }

    @Override
    public Map<String, Object> fields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("key", key);
        f.put("uscc", uscc);
        f.put("name", name);
        f.put("type", type == null ? null : type.name());
        f.put("industry", industry);
        f.put("region", region);
        f.put("address", address);
        f.put("status", status == null ? null : status.name());
        f.put("supervisingDepartments", supervisingDepartments);
        f.put("riskLevel", riskLevel == null ? null : riskLevel.name());
        f.put("tags", List.copyOf(new TreeSet<>(tags)));
        f.put("complaintCount", complaintCount);
        return f;
    }

    private static Set<String> complaintTag(Set<String> tags, int complaints, int threshold) {
        Set<String> out = new TreeSet<>(tags);
        if (threshold > 0 && complaints >= threshold) {
            out.add(ObjectTag.MANY_COMPLAINTS.name());
        } else {
            out.remove(ObjectTag.MANY_COMPLAINTS.name());
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }
}
