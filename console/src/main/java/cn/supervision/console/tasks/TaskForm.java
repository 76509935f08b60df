package cn.supervision.console.tasks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.supervision.console.tasks.FormRows.isBlank;
import static cn.supervision.console.tasks.FormRows.strip;

/**
 * 新建抽查任务: what the clerk typed, kept as typed (text) so that a refused form comes back exactly as it was sent.
 * {@link #toRequest} turns it into sampling's {@code POST /tasks} body; {@link #formField} maps the service's field
 * names back to this form's.
 */
public class TaskForm {

    private String taskId;
    private String name;
    private String initiatingDepartment;
    private List<String> objectTypes = new ArrayList<>();
    private String regions;
    private String industries;
    private String tags;
    private List<FormRows.ItemRow> items = new ArrayList<>();
    private List<FormRows.StratumRow> strata = new ArrayList<>();
    private List<FormRows.TeamRow> teams = new ArrayList<>();
    private String entropySource;
    private String dueDate;
    private String drawDate;
    private String planId;
    private String publishDrawnList = "true";

    /** Rows of the form that were sent, in the order sent (the service's index → the form's row). */
    private final List<Integer> sentItems = new ArrayList<>();
    private final List<Integer> sentStrata = new ArrayList<>();
    private final List<Integer> sentTeams = new ArrayList<>();

    /** A blank form for a clerk of {@code department}: enterprises, a team of their own department, drawn list published. */
    static TaskForm blank(String department) {
        TaskForm form = new TaskForm();
        form.initiatingDepartment = department;
        form.objectTypes.add("ENTERPRISE");
        FormRows.TeamRow own = new FormRows.TeamRow();
        own.setDepartment(department);
        own.setCount("2");
        form.teams.add(own);
        return form.padded();
    }

    /** Blank rows up to the form's size, for showing. */
    TaskForm padded() {
        items = FormRows.padded(items, FormRows.ItemRow::new);
        strata = FormRows.padded(strata, FormRows.StratumRow::new);
        teams = FormRows.padded(teams, FormRows.TeamRow::new);
        return this;
    }

    /** The request body, or null when the form is incomplete or malformed ({@code errors} then says where, in Chinese). */
    Map<String, Object> toRequest(CheckItemChoices.Catalogue catalogue, FormErrors errors) {
        if (isBlank(taskId)) {
            errors.field("taskId", "请填写任务编号");
        }
        if (isBlank(name)) {
            errors.field("name", "请填写任务名称");
        }
        if (isBlank(initiatingDepartment)) {
            errors.field("initiatingDepartment", "请选择发起部门");
        }
        if (objectTypes == null || objectTypes.isEmpty()) {
            errors.field("objectTypes", "请至少选择一种检查对象类型");
        }
        List<Map<String, Object>> checkItems = FormRows.checkItems(items, catalogue, sentItems, errors);
        List<Map<String, Object>> strataSent = FormRows.strata(strata, sentStrata, errors);
        List<Map<String, Object>> teamsSent = new ArrayList<>();
        for (int i = 0; i < teams.size(); i++) {
            FormRows.TeamRow row = teams.get(i);
            if (row == null || row.blank()) {
                continue;
            }
            if (isBlank(row.getDepartment())) {
                errors.field("teams[" + i + "].department", "请选择部门");
            }
            Integer count = FormRows.integer(row.getCount(), "teams[" + i + "].count", errors);
            if (isBlank(row.getCount())) {
                errors.field("teams[" + i + "].count", "请填写每个对象派出的检查人员人数");
            }
            sentTeams.add(i);
            teamsSent.add(mapOf("department", strip(row.getDepartment()), "count", count));
        }
        if (teamsSent.isEmpty()) {
            errors.field("teams", "请至少填写一个部门的检查人员");
        }
        if (isBlank(entropySource)) {
            errors.field("entropySource", "请填写公开随机源（抽取时输入的公开随机数从何而来）");
        }
        String due = FormRows.date(dueDate, "dueDate", errors);
        String draw = FormRows.date(drawDate, "drawDate", errors);
        if (!errors.isEmpty()) {
            return null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("taskId", strip(taskId));
        body.put("name", strip(name));
        body.put("initiatingDepartment", initiatingDepartment);
        body.put("objectTypes", objectTypes);
        List<String> r = FormRows.split(regions);
        List<String> ind = FormRows.split(industries);
        List<String> t = FormRows.split(tags);
        if (!r.isEmpty() || !ind.isEmpty() || !t.isEmpty()) {
            body.put("filters", Map.of("regions", r, "industries", ind, "tags", t));
        }
        body.put("checkItems", checkItems);
        if (!strataSent.isEmpty()) {
            body.put("strata", strataSent);
        }
        body.put("teams", teamsSent);
        body.put("entropySource", strip(entropySource));
        body.put("dueDate", due);
        body.put("drawDate", draw);
        body.put("planId", isBlank(planId) ? null : planId.strip());
        body.put("publishDrawnList", !"false".equals(publishDrawnList));
        return body;
    }

    /** The form field beside which a message of the service about {@code serviceField} belongs; null = above the form. */
    String formField(String serviceField) {
        if (serviceField.startsWith("filters")) {
            return serviceField.contains("industries") ? "industries" : serviceField.contains("tags") ? "tags" : "regions";
        }
        String row = FormRows.itemOrStratumField(serviceField, sentItems, sentStrata);
        if (row == null) {
            row = FormRows.rowField(serviceField, "teams", "teams", sentTeams, Map.of("department", "department", "count", "count"), "count");
        }
        if (row != null) {
            return row;
        }
        return switch (serviceField) {
            case "taskId", "name", "objectTypes", "entropySource", "dueDate", "drawDate", "planId", "publishDrawnList", "initiatingDepartment" ->
                    serviceField;
            default -> null;
        };
    }

    private static Map<String, Object> mapOf(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getInitiatingDepartment() {
        return initiatingDepartment;
    }

    public void setInitiatingDepartment(String initiatingDepartment) {
        this.initiatingDepartment = initiatingDepartment;
    }

    public List<String> getObjectTypes() {
        return objectTypes;
    }

    public void setObjectTypes(List<String> objectTypes) {
        this.objectTypes = objectTypes == null ? new ArrayList<>() : objectTypes;
    }

    public String getRegions() {
        return regions;
    }

    public void setRegions(String regions) {
        this.regions = regions;
    }

    public String getIndustries() {
        return industries;
    }

    public void setIndustries(String industries) {
        this.industries = industries;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
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

    public List<FormRows.TeamRow> getTeams() {
        return teams;
    }

    public void setTeams(List<FormRows.TeamRow> teams) {
        this.teams = teams;
    }

    public String getEntropySource() {
        return entropySource;
    }

    public void setEntropySource(String entropySource) {
        this.entropySource = entropySource;
    }

    public String getDueDate() {
        return dueDate;
    }

    public void setDueDate(String dueDate) {
        this.dueDate = dueDate;
    }

    public String getDrawDate() {
        return drawDate;
    }

    public void setDrawDate(String drawDate) {
        this.drawDate = drawDate;
    }

    public String getPlanId() {
        return planId;
    }

    public void setPlanId(String planId) {
        this.planId = planId;
    }

    public String getPublishDrawnList() {
        return publishDrawnList;
    }

    public void setPublishDrawnList(String publishDrawnList) {
        this.publishDrawnList = publishDrawnList;
    }
}
