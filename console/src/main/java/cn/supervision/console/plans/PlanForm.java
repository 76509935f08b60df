package cn.supervision.console.plans;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.supervision.console.tasks.CheckItemChoices;
import cn.supervision.console.tasks.FormErrors;
import cn.supervision.console.tasks.FormRows;

/**
 * 新建年度抽查计划: year, initiating and participating departments, check items, object types, strata, target
 * coverage, batches — kept as typed; {@link #toRequest} builds sampling's {@code POST /plans} body.
 */
public class PlanForm {

    private String planId;
    private String year;
    private String initiatingDepartment;
    private List<String> participatingDepartments = new ArrayList<>();
    private List<String> objectTypes = new ArrayList<>();
    private List<FormRows.ItemRow> items = new ArrayList<>();
    private List<FormRows.StratumRow> strata = new ArrayList<>();
    private String targetCoverage;
    private String plannedBatches;
    private String maxRandomInspectionsPerYear;

    private final List<Integer> sentItems = new ArrayList<>();
    private final List<Integer> sentStrata = new ArrayList<>();

    static PlanForm blank(String department, int year) {
        PlanForm form = new PlanForm();
        form.initiatingDepartment = department;
        form.year = String.valueOf(year);
        form.objectTypes.add("ENTERPRISE");
        form.targetCoverage = "10";
        form.plannedBatches = "2";
        return form.padded();
    }

    PlanForm padded() {
        items = FormRows.padded(items, FormRows.ItemRow::new);
        strata = FormRows.padded(strata, FormRows.StratumRow::new);
        return this;
    }

    Map<String, Object> toRequest(CheckItemChoices.Catalogue catalogue, FormErrors errors) {
        if (FormRows.isBlank(planId)) {
            errors.field("planId", "请填写计划编号");
        }
        Integer y = FormRows.integer(year, "year", errors);
        if (FormRows.isBlank(year)) {
            errors.field("year", "请填写年度");
        }
        if (FormRows.isBlank(initiatingDepartment)) {
            errors.field("initiatingDepartment", "请选择发起部门");
        }
        if (objectTypes == null || objectTypes.isEmpty()) {
            errors.field("objectTypes", "请至少选择一种检查对象类型");
        }
        List<Map<String, Object>> checkItems = FormRows.checkItems(items, catalogue, sentItems, errors);
        List<Map<String, Object>> strataSent = FormRows.strata(strata, sentStrata, errors);
        Integer target = FormRows.basisPoints(targetCoverage, "targetCoverage", errors);
        Integer batches = FormRows.integer(plannedBatches, "plannedBatches", errors);
        if (FormRows.isBlank(plannedBatches)) {
            errors.field("plannedBatches", "请填写计划批次数");
        }
        Integer maxRandom = FormRows.integer(maxRandomInspectionsPerYear, "maxRandomInspectionsPerYear", errors);
        if (!errors.isEmpty()) {
            return null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("planId", planId.strip());
        body.put("year", y);
        body.put("initiatingDepartment", initiatingDepartment);
        body.put("participatingDepartments", participatingDepartments.stream().filter(d -> !d.equals(initiatingDepartment)).toList());
        body.put("checkItems", checkItems);
        body.put("objectTypes", objectTypes);
        if (!strataSent.isEmpty()) {
            body.put("strata", strataSent);
        }
        body.put("plannedBatches", batches);
        body.put("targetCoverageBp", target);
        body.put("maxRandomInspectionsPerYear", maxRandom);
        return body;
    }

    String formField(String serviceField) {
        String row = FormRows.itemOrStratumField(serviceField, sentItems, sentStrata);
        if (row != null) {
            return row;
        }
        if (serviceField.startsWith("participatingDepartments")) {
            return "participatingDepartments";
        }
        return switch (serviceField) {
            case "planId", "year", "initiatingDepartment", "objectTypes", "plannedBatches", "maxRandomInspectionsPerYear" -> serviceField;
            case "targetCoverageBp" -> "targetCoverage";
            default -> null;
        };
    }

    public String getPlanId() {
        return planId;
    }

    public void setPlanId(String planId) {
        this.planId = planId;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getInitiatingDepartment() {
        return initiatingDepartment;
    }

    public void setInitiatingDepartment(String initiatingDepartment) {
        this.initiatingDepartment = initiatingDepartment;
    }

    public List<String> getParticipatingDepartments() {
        return participatingDepartments;
    }

    public void setParticipatingDepartments(List<String> participatingDepartments) {
        this.participatingDepartments = participatingDepartments == null ? new ArrayList<>() : participatingDepartments;
    }

    public List<String> getObjectTypes() {
        return objectTypes;
    }

    public void setObjectTypes(List<String> objectTypes) {
        this.objectTypes = objectTypes == null ? new ArrayList<>() : objectTypes;
    }

    public List<FormRows.ItemRow> getItems() {
        return items;
    }

    public void setItems(List<FormRows.ItemRow> items) {
        this.items = items;
    }

    public List<FormRows.StratumRow> getStrata() {
        return strata;
    }

    public void setStrata(List<FormRows.StratumRow> strata) {
        this.strata = strata;
    }

    public String getTargetCoverage() {
        return targetCoverage;
    }

    public void setTargetCoverage(String targetCoverage) {
        this.targetCoverage = targetCoverage;
    }

    public String getPlannedBatches() {
        return plannedBatches;
    }

    public void setPlannedBatches(String plannedBatches) {
        this.plannedBatches = plannedBatches;
    }

    public String getMaxRandomInspectionsPerYear() {
        return maxRandomInspectionsPerYear;
    }

    public void setMaxRandomInspectionsPerYear(String maxRandomInspectionsPerYear) {
        this.maxRandomInspectionsPerYear = maxRandomInspectionsPerYear;
    }
}
