package cn.supervision.registry.inspectors.domain;

import java.time.LocalDate;

/** A period in which an inspector is not active: on leave (休假), transferred (调离) or retired (退休); {@code to} empty = open-ended. */
public record Absence(LocalDate from, LocalDate to, InspectorStatus status) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
