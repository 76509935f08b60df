package cn.supervision.registry.checkitems.domain;

import java.util.List;

/**
 * 检查事项: code, name, legal basis (抽查依据), owning department (抽查主体), the object type it applies to, content
 * (抽查内容), methods (抽查方式), key or general (重点/一般), status.
 */
public record CheckItem(String code, String name, String legalBasis, String department, String objectType, String content,
        List<String> methods, String kind, String status) {

    public static final List<String> METHODS = List.of("ON_SITE", "DOCUMENTS", "ONLINE_MONITORING", "TESTING", "OTHER_DEPARTMENT_RESULTS",
            "PROFESSIONAL_BODY");
    public static final List<String> KINDS = List.of("KEY", "GENERAL");
}
