package cn.supervision.registry.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cn.supervision.registry.objects.domain.InspectionObject;
import cn.supervision.registry.objects.domain.ObjectStatus;
import cn.supervision.registry.objects.domain.ObjectType;
import cn.supervision.registry.spreadsheets.Cells;
import cn.supervision.registry.spreadsheets.Column;
import cn.supervision.registry.spreadsheets.Layout;
import cn.supervision.registry.spreadsheets.RowProblem;
import cn.supervision.registry.spreadsheets.SheetRow;

/** The object directory's template: its columns, how a row reads, how an object is written as a row. */
final class ObjectSheet {

    static final Layout LAYOUT = new Layout("objects", List.of(
            Column.of("uscc", "统一社会信用代码", "18 characters (GB 32100-2015); required for enterprises, empty for objects without one"),
            Column.of("code", "自编代码", "own key of an object without a USCC: project code, registration number"),
            Column.of("name", "名称", "required"),
            Column.of("type", "对象类型", "ENTERPRISE 企业 / INDIVIDUAL_BUSINESS 个体工商户 / CONSTRUCTION_PROJECT 建设工程项目"),
            Column.of("industry", "行业", "free text, e.g. 建筑业"),
            Column.of("region", "行政区划代码", "6-digit administrative division code, e.g. 410202"),
            Column.of("address", "地址", "free text"),
            Column.of("status", "经营状态", "OPERATING 在营 / CLOSED 停业 / LIQUIDATING 清算中 / DEREGISTERED 注销 / MOVED_AWAY 迁出; empty = OPERATING"),
            Column.of("supervisingDepartments", "监管部门", "department codes separated by ; e.g. housing-market;quality-safety"),
            Column.of("tags", "标签", "SPECIAL_INDUSTRY 特殊行业, KEY_REGION 重点区域, separated by ;"),
            Column.of("complaintCount", "投诉举报次数", "whole number; empty = 0"),
            Column.readOnly("riskLevel", "信用风险等级", "A-D, set by credit-service"),
            Column.readOnly("creditTags", "信用名单及派生标签", "ABNORMAL_OPERATIONS, SERIOUS_VIOLATION, MANY_COMPLAINTS")));

    private static final Map<String, String> TYPES = Map.of("企业", "ENTERPRISE", "个体工商户", "INDIVIDUAL_BUSINESS", "建设工程项目", "CONSTRUCTION_PROJECT",
            "工程项目", "CONSTRUCTION_PROJECT");
    private static final Map<String, String> STATUSES = Map.of("在营", "OPERATING", "存续", "OPERATING", "停业", "CLOSED", "清算中", "LIQUIDATING",
            "注销", "DEREGISTERED", "迁出", "MOVED_AWAY");
    private static final Map<String, String> TAGS = Map.of("特殊行业", "SPECIAL_INDUSTRY", "重点区域", "KEY_REGION");

    /** One row read: what it says, or why it cannot be read. */
    record Row(int number, String uscc, String code, ObjectType type, InspectionObject.Details details, boolean statusGiven,
            boolean complaintsGiven) {
    }

    private ObjectSheet() {
    }

    static Row read(SheetRow row, int[] at, List<RowProblem> problems) {
        int before = problems.size();
        String uscc = Cells.code(row.cell(at[0])).toUpperCase(java.util.Locale.ROOT);
        String code = Cells.code(row.cell(at[1]));
        String name = Cells.text(row.cell(at[2]));
        String typeText = Cells.code(row.cell(at[3]));
        ObjectType type = null;
        try {
            type = ObjectType.valueOf(TYPES.getOrDefault(typeText, typeText.toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            problems.add(new RowProblem(row.number(), "type", typeText.isEmpty() ? "is required" : "unknown object type '" + typeText + "'"));
        }
        String statusText = Cells.code(row.cell(at[7]));
        ObjectStatus status = null;
        if (!statusText.isEmpty()) {
            try {
                status = ObjectStatus.valueOf(STATUSES.getOrDefault(statusText, statusText.toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                problems.add(new RowProblem(row.number(), "status", "unknown status '" + statusText + "'"));
            }
        }
        Set<String> tags = new TreeSet<>();
        for (String tag : Cells.codes(row.cell(at[9]))) {
            tags.add(TAGS.getOrDefault(tag, tag.toUpperCase(java.util.Locale.ROOT)));
        }
        String complaintsText = Cells.code(row.cell(at[10]));
        Integer complaints = null;
        if (!complaintsText.isEmpty()) {
            try {
                complaints = Integer.parseInt(complaintsText);
            } catch (NumberFormatException notANumber) {
                problems.add(new RowProblem(row.number(), "complaintCount", "must be a whole number, is '" + complaintsText + "'"));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        List<String> departments = Cells.codes(row.cell(at[8]));
        return new Row(row.number(), uscc, code, type, new InspectionObject.Details(name, Cells.text(row.cell(at[4])), Cells.code(row.cell(at[5])),
                Cells.text(row.cell(at[6])), status, departments, tags, complaints), status != null, complaints != null);
    }

    static List<String> write(InspectionObject o) {
        List<String> row = new ArrayList<>();
        row.add(o.uscc() == null ? "" : o.uscc());
        row.add(o.uscc() == null ? o.key() : "");
        row.add(o.name());
        row.add(o.type().name());
        row.add(o.industry() == null ? "" : o.industry());
        row.add(o.region());
        row.add(o.address() == null ? "" : o.address());
        row.add(o.status().name());
        row.add(String.join(";", o.supervisingDepartments()));
        row.add(String.join(";", o.staffTags()));
        row.add(Integer.toString(o.complaintCount()));
        row.add(o.riskLevel().name());
        Set<String> credit = new TreeSet<>(o.tags());
        credit.removeAll(o.staffTags());
        row.add(String.join(";", credit));
        return row;
    }
}
