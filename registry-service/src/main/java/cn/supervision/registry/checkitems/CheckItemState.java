package cn.supervision.registry.checkitems;

import java.util.List;

import cn.supervision.registry.checkitems.domain.CheckItem;

/** Body of {@code registry.CheckItemChanged.v1}: the whole public item, dates as ISO dates. */
record CheckItemState(String code, String name, String legalBasis, String department, String objectType, String content, List<String> methods,
        String kind, String status, String effectiveFrom, String effectiveTo, String initiatingDepartment, List<String> participatingDepartments) {

    static CheckItemState of(CheckItem i) {
        return new CheckItemState(i.code(), i.name(), i.legalBasis(), i.department(), i.objectType(), i.content(), i.methods(), i.kind(), i.status(),
                i.effectiveFrom() == null ? null : i.effectiveFrom().toString(), i.effectiveTo() == null ? null : i.effectiveTo().toString(),
                i.initiatingDepartment(), i.participatingDepartments());
    }
}
