package cn.supervision.registry.checkitems;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Retiring an item: why (required) and from which day (today when left out). */
record RetireCheckItemRequest(@NotBlank @Size(max = 500) String reason, LocalDate effectiveTo) {
}
