package cn.supervision.registry.inspectors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.supervision.registry.inspectors.domain.Absence;
import cn.supervision.registry.inspectors.domain.ConflictOfInterest;
import cn.supervision.registry.inspectors.domain.Inspector;
import cn.supervision.registry.inspectors.domain.InspectorStatus;
import cn.supervision.registry.spreadsheets.Cells;
import cn.supervision.registry.spreadsheets.Column;
import cn.supervision.registry.spreadsheets.Layout;
import cn.supervision.registry.spreadsheets.RowProblem;
import cn.supervision.registry.spreadsheets.SheetRow;

/** The inspector directory's template. Personal data is imported but never exported: empty cells there keep what is stored. */
final class InspectorSheet {

    static final Layout LAYOUT = new Layout("inspectors", List.of(
            Column.of("certificateNumber", "执法证号", "enforcement certificate number, required"),
            Column.of("name", "姓名", "required"),
            Column.of("department", "所属部门", "department code, e.g. housing-market"),
            Column.of("qualifications", "检查资格", "object types and check-item codes separated by ; e.g. ENTERPRISE;JZ-001"),
            Column.of("region", "行政区划代码", "6 digits, may be empty"),
            Column.of("absences", "不在岗期间", "periods separated by ; each 'from~to STATUS', e.g. 2026-03-01~2026-03-15 ON_LEAVE; 2027-01-01~ RETIRED"),
            Column.of("conflictsOfInterest", "回避对象", "objectId:reason separated by ; e.g. 91410202MA44L5LK1Y:配偶任职"),
            Column.of("idNumber", "身份证号", "stored, never published or exported; empty keeps what is stored"),
            Column.of("phone", "联系电话", "stored, never published or exported; empty keeps what is stored"),
            Column.readOnly("status", "今日状态", "ACTIVE / ON_LEAVE / TRANSFERRED / RETIRED, from the absences")));

    private static final Map<String, String> STATUSES = Map.of("休假", "ON_LEAVE", "调离", "TRANSFERRED", "退休", "RETIRED");

    record Row(int number, String certificateNumber, Inspector.Details details) {
    }

    private InspectorSheet() {
    }

    static Row read(SheetRow row, int[] at, List<RowProblem> problems) {
        int before = problems.size();
        List<Absence> absences = new ArrayList<>();
        for (String part : Cells.text(row.cell(at[5])).split("[;；]")) {
            String period = Cells.text(part);
            if (period.isEmpty()) {
                continue;
            }
            String[] words = period.split("\\s+");
            String[] dates = words[0].split("[~～]", -1);
            try {
                LocalDate from = LocalDate.parse(Cells.code(dates[0]));
                LocalDate to = dates.length > 1 && !Cells.code(dates[1]).isEmpty() ? LocalDate.parse(Cells.code(dates[1])) : null;
                String statusText = words.length > 1 ? Cells.code(words[1]) : "";
                absences.add(new Absence(from, to, InspectorStatus.valueOf(STATUSES.getOrDefault(statusText, statusText.toUpperCase(Locale.ROOT)))));
            } catch (DateTimeParseException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                problems.add(new RowProblem(row.number(), "absences", "'" + period + "' is not 'from~to STATUS' (dates as 2026-03-01)"));
            }
        }
        List<ConflictOfInterest> conflicts = new ArrayList<>();
        for (String part : Cells.text(row.cell(at[6])).split("[;；]")) {
            String conflict = Cells.text(part);
            if (conflict.isEmpty()) {
                continue;
            }
            String[] pieces = conflict.split("[:：]", 2);
            if (pieces.length < 2 || Cells.text(pieces[1]).isEmpty()) {
                problems.add(new RowProblem(row.number(), "conflictsOfInterest", "'" + conflict + "' is not 'objectId:reason'"));
            } else {
                conflicts.add(new ConflictOfInterest(Cells.code(pieces[0]).toUpperCase(Locale.ROOT), Cells.text(pieces[1])));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        String idNumber = Cells.code(row.cell(at[7])).toUpperCase(Locale.ROOT);
        String phone = Cells.code(row.cell(at[8]));
        return new Row(row.number(), Cells.code(row.cell(at[0])), new Inspector.Details(Cells.text(row.cell(at[1])), Cells.code(row.cell(at[2])),
                Cells.codes(row.cell(at[3])), Cells.code(row.cell(at[4])), absences, conflicts, idNumber.isEmpty() ? null : idNumber,
                phone.isEmpty() ? null : phone));
    }

    static List<String> write(Inspector i, LocalDate today) {
        List<String> row = new ArrayList<>();
        row.add(i.certificateNumber());
        row.add(i.name());
        row.add(i.department());
        row.add(String.join(";", i.qualifications()));
        row.add(i.region() == null ? "" : i.region());
        row.add(String.join("; ", i.absences().stream().map(a -> a.from() + "~" + (a.to() == null ? "" : a.to()) + " " + a.status()).toList()));
        row.add(String.join("; ", i.conflicts().stream().map(c -> c.objectId() + ":" + c.reason()).toList()));
        row.add("");
        row.add("");
        row.add(i.statusOn(today).name());
        return row;
    }
}
