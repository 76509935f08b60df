package cn.supervision.disclosure.checkitems;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One check item as published (抽查依据、主体、内容、方式), keyed by its code. */
@Document("public_check_items")
public record PublicCheckItem(@Id String code, String name, String legalBasis, String department, String objectType, String content,
        List<String> methods, String kind, String status, LocalDate effectiveFrom, LocalDate effectiveTo, String initiatingDepartment,
        List<String> participatingDepartments, Instant eventTime, String sourceEventId) {

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    /** 重点 or 一般 for people. */
    public String kindName() {
        return "KEY".equals(kind) ? "重点事项" : "一般事项";
    }
}
