package cn.supervision.registry.checkitems;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.supervision.registry.checkitems.domain.CheckItem;
import cn.supervision.registry.spreadsheets.Cells;
import cn.supervision.registry.spreadsheets.Column;
import cn.supervision.registry.spreadsheets.Layout;
import cn.supervision.registry.spreadsheets.RowProblem;
import cn.supervision.registry.spreadsheets.SheetRow;

/** The check-item list's template. Retiring is not done by import (it is final): use the retire action. */
final class CheckItemSheet {

    static final Layout LAYOUT = new Layout("check-items", List.of(
            Column.of("code", "事项编码", "letters, digits and -, required"),
            Column.of("name", "事项名称", "required"),
            Column.of("legalBasis", "抽查依据", "the law and article, required"),
            Column.of("department", "抽查主体", "department code"),
            Column.of("objectType", "抽查对象类型", "ENTERPRISE / INDIVIDUAL_BUSINESS / CONSTRUCTION_PROJECT"),
            Column.of("content", "抽查内容", "free text"),
            Column.of("methods", "抽查方式", "ON_SITE 实地检查; DOCUMENTS 书面检查; ONLINE_MONITORING 网络监测; TESTING 检验检测; "
                    + "OTHER_DEPARTMENT_RESULTS 其他部门结果; PROFESSIONAL_BODY 专业机构, separated by ;"),
            Column.of("kind", "事项类别", "KEY 重点 / GENERAL 一般"),
            Column.of("effectiveFrom", "生效日期", "2026-01-01, may be empty"),
            Column.of("effectiveTo", "失效日期", "may be empty"),
            Column.of("initiatingDepartment", "发起部门", "joint items: the initiating department (empty = the owner)"),
            Column.of("participatingDepartments", "配合部门", "joint items: department codes separated by ;"),
            Column.readOnly("status", "状态", "ACTIVE / RETIRED")));

    private static final Map<String, String> METHODS = Map.of("实地检查", "ON_SITE", "书面检查", "DOCUMENTS", "网络监测", "ONLINE_MONITORING",
            "检验检测", "TESTING", "其他部门结果", "OTHER_DEPARTMENT_RESULTS", "专业机构", "PROFESSIONAL_BODY");
    private static final Map<String, String> KINDS = Map.of("重点", "KEY", "一般", "GENERAL");

    record Row(int number, String code, CheckItem.Details details) {
    }

    private CheckItemSheet() {
    }

    static Row read(SheetRow row, int[] at, List<RowProblem> problems) {
        int before = problems.size();
        LocalDate from = date(row, at[8], "effectiveFrom", problems);
        LocalDate to = date(row, at[9], "effectiveTo", problems);
        if (problems.size() > before) {
            return null;
        }
        List<String> methods = Cells.codes(row.cell(at[6])).stream().map(m -> METHODS.getOrDefault(m, m.toUpperCase(Locale.ROOT))).toList();
        String kind = Cells.code(row.cell(at[7]));
        return new Row(row.number(), Cells.code(row.cell(at[0])), new CheckItem.Details(Cells.text(row.cell(at[1])), Cells.text(row.cell(at[2])),
                Cells.code(row.cell(at[3])), Cells.code(row.cell(at[4])).toUpperCase(Locale.ROOT), Cells.text(row.cell(at[5])), methods,
                KINDS.getOrDefault(kind, kind.toUpperCase(Locale.ROOT)), from, to, Cells.code(row.cell(at[10])), Cells.codes(row.cell(at[11]))));
    }

    private static LocalDate date(SheetRow row, int at, String column, List<RowProblem> problems) {
        String text = Cells.code(row.cell(at)).replace('/', '-').replace('.', '-');
        if (text.isEmpty()) {
            return null;
        }
        try {
            String[] parts = text.split("-");
            return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        } catch (RuntimeException e) {
            problems.add(new RowProblem(row.number(), column, "'" + text + "' is not a date (2026-01-01)"));
            return null;
        }
    }

    static List<String> write(CheckItem i) {
        List<String> row = new ArrayList<>();
        row.add(i.code());
        row.add(i.name());
        row.add(i.legalBasis());
        row.add(i.department());
        row.add(i.objectType());
        row.add(i.content() == null ? "" : i.content());
        row.add(String.join(";", i.methods()));
        row.add(i.kind());
        row.add(i.effectiveFrom() == null ? "" : i.effectiveFrom().toString());
        row.add(i.effectiveTo() == null ? "" : i.effectiveTo().toString());
        row.add(i.initiatingDepartment() == null ? "" : i.initiatingDepartment());
        row.add(String.join(";", i.participatingDepartments()));
        row.add(i.status());
        return row;
    }

}
