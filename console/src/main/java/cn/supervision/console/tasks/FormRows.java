package cn.supervision.console.tasks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The repeating rows of the plan and task forms (check items, strata, teams) without JavaScript: a fixed number of
 * rows, blank ones ignored. The service numbers only the rows it was sent ({@code strata[0]}); {@link #rowField}
 * finds the form row a service field came from, so its message appears beside what the person typed.
 */
public final class FormRows {

    /** Rows shown on a form; more than the Longting tasks ever need. */
    public static final int ROWS = 6;
    private static final Pattern INDEXED = Pattern.compile("^(\\w+)\\[(\\d+)](?:\\.(.+))?$");

    private FormRows() {
    }

    /** 检查事项: the item's code; its department is the registry's. */
    public static class ItemRow {
        private String code;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public boolean blank() {
            return isBlank(code);
        }
    }

    /** 分层: name, a condition (attribute in values; no attribute = every remaining object) and the ratio in percent. */
    public static class StratumRow {
        private String name;
        private String attribute;
        private String values;
        private String ratio;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getAttribute() {
            return attribute;
        }

        public void setAttribute(String attribute) {
            this.attribute = attribute;
        }

        public String getValues() {
            return values;
        }

        public void setValues(String values) {
            this.values = values;
        }

        public String getRatio() {
            return ratio;
        }

        public void setRatio(String ratio) {
            this.ratio = ratio;
        }

        public boolean blank() {
            return isBlank(name) && isBlank(attribute) && isBlank(values) && isBlank(ratio);
        }

        /** The stratum as the service takes it, or null when the row is incomplete (the errors say why). */
        public Map<String, Object> toRequest(String row, FormErrors errors) {
            if (isBlank(name)) {
                errors.field(row + ".name", "请填写分层名称");
            }
            Integer bp = basisPoints(ratio, row + ".ratio", errors);
            List<String> in = split(values);
            if (!isBlank(attribute) && in.isEmpty()) {
                errors.field(row + ".values", "选择了分层条件，请填写条件取值");
            }
            if (isBlank(attribute) && !in.isEmpty()) {
                errors.field(row + ".attribute", "填写了条件取值，请选择分层条件");
            }
            Map<String, Object> stratum = new LinkedHashMap<>();
            stratum.put("name", strip(name));
            if (!isBlank(attribute)) {
                stratum.put("condition", Map.of("attribute", attribute, "in", in));
            }
            stratum.put("ratioBp", bp);
            return stratum;
        }
    }

    /** 检查组: a department and how many of its inspectors go to each drawn object. */
    public static class TeamRow {
        private String department;
        private String count;

        public String getDepartment() {
            return department;
        }

        public void setDepartment(String department) {
            this.department = department;
        }

        public String getCount() {
            return count;
        }

        public void setCount(String count) {
            this.count = count;
        }

        public boolean blank() {
            return isBlank(department) && isBlank(count);
        }
    }

    /** The list padded with blank rows up to {@link #ROWS} (never cut: nothing typed is lost). */
    public static <T> List<T> padded(List<T> rows, Supplier<T> blank) {
        List<T> out = new ArrayList<>(rows == null ? List.of() : rows);
        out.replaceAll(r -> r == null ? blank.get() : r);
        while (out.size() < ROWS) {
            out.add(blank.get());
        }
        return out;
    }

    /**
     * The filled check-item rows as the service's {@code checkItems} (each with the department the registry's list
     * keeps for it); the index of each row sent is added to {@code sent}, for {@link #itemOrStratumField}.
     */
    public static List<Map<String, Object>> checkItems(List<ItemRow> items, CheckItemChoices.Catalogue catalogue, List<Integer> sent,
            FormErrors errors) {
        List<Map<String, Object>> checkItems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ItemRow row = items.get(i);
            if (row == null || row.blank()) {
                continue;
            }
            String department = catalogue.departmentOf(row.getCode().strip());
            if (department == null) {
                errors.field("items[" + i + "].code", "检查事项清单中没有该有效事项");
            }
            sent.add(i);
            Map<String, Object> item = new java.util.LinkedHashMap<>();
            item.put("department", department);
            item.put("code", row.getCode().strip());
            checkItems.add(item);
        }
        if (checkItems.isEmpty()) {
            errors.field("items", "请至少选择一个检查事项");
        }
        return checkItems;
    }

    /** The filled stratum rows as the service's {@code strata}; the index of each row sent is added to {@code sent}. */
    public static List<Map<String, Object>> strata(List<StratumRow> strata, List<Integer> sent, FormErrors errors) {
        List<Map<String, Object>> strataSent = new ArrayList<>();
        for (int i = 0; i < strata.size(); i++) {
            StratumRow row = strata.get(i);
            if (row == null || row.blank()) {
                continue;
            }
            sent.add(i);
            strataSent.add(row.toRequest("strata[" + i + "]", errors));
        }
        return strataSent;
    }

    /** The form row field of a service field about a check item or a stratum; null if it is about neither. */
    public static String itemOrStratumField(String serviceField, List<Integer> sentItems, List<Integer> sentStrata) {
        String row = rowField(serviceField, "checkItems", "items", sentItems, Map.of(), "code");
        return row != null ? row : rowField(serviceField, "strata", "strata", sentStrata,
                Map.of("name", "name", "ratioBp", "ratio", "condition.attribute", "attribute", "condition", "values"), "name");
    }

    /**
     * The form field a service field names: {@code strata[1].ratioBp} of the second stratum sent is the row it came
     * from ({@code sentRows.get(1)}) under the form's list name and the form's field name; null if not a row field.
     */
    public static String rowField(String serviceField, String serviceList, String formList, List<Integer> sentRows, Map<String, String> subFields,
            String defaultSub) {
        Matcher m = INDEXED.matcher(serviceField);
        if (!m.matches() || !m.group(1).equals(serviceList)) {
            return serviceField.equals(serviceList) ? formList : null;
        }
        int sent = Integer.parseInt(m.group(2));
        if (sent >= sentRows.size()) {
            return formList;
        }
        String sub = m.group(3) == null ? defaultSub : subFields.entrySet().stream().filter(e -> m.group(3).startsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(defaultSub);
        return formList + "[" + sentRows.get(sent) + "]." + sub;
    }

    /** A list typed in one field: separated by commas (either width), 、, semicolons or spaces. */
    public static List<String> split(String text) {
        if (isBlank(text)) {
            return List.of();
        }
        return Arrays.stream(text.split("[,，、;；\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    /** A whole number, or null with a message beside the field. Blank is null without a message (the caller decides). */
    public static Integer integer(String text, String field, FormErrors errors) {
        if (isBlank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.field(field, "请填写整数");
            return null;
        }
    }

    /** A percentage as typed (10, 2.5, 10%) in basis points (1000, 250), or null with a message beside the field. */
    public static Integer basisPoints(String percent, String field, FormErrors errors) {
        if (isBlank(percent)) {
            errors.field(field, "请填写比例（百分数，如 10 表示 10%）");
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(percent.strip().replace("%", "").replace("％", ""));
            return value.movePointRight(2).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            errors.field(field, "请填写百分数，最多两位小数（如 10 或 2.5）");
            return null;
        }
    }

    /** A date as a date field sends it (yyyy-MM-dd), or null with a message beside the field. */
    public static String date(String text, String field, FormErrors errors) {
        if (isBlank(text)) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(text.strip()).toString();
        } catch (java.time.format.DateTimeParseException e) {
            errors.field(field, "日期格式应为 年-月-日（如 2026-12-31）");
            return null;
        }
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
