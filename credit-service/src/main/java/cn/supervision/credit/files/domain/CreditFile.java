package cn.supervision.credit.files.domain;

import java.util.Comparator;
import java.util.List;

/** 信用档案: what is on record about one object, entries in order of their date, then of their arrival. */
public record CreditFile(String objectId, String uscc, String name, List<CreditEntry> entries) {

    /** {@code entriesInArrivalOrder} as they were added; the file orders them by date, keeping arrival order within a day. */
    public static CreditFile of(String objectId, String uscc, String name, List<CreditEntry> entriesInArrivalOrder) {
        // List.sort is stable: entries of the same date keep their arrival order
        List<CreditEntry> ordered = new java.util.ArrayList<>(entriesInArrivalOrder);
        ordered.sort(Comparator.comparing(CreditEntry::date));
        return new CreditFile(objectId, uscc, name, List.copyOf(ordered));
    }
}
