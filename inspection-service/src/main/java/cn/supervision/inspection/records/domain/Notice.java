package cn.supervision.inspection.records.domain;

import java.time.LocalDate;

/** 检查通知: the optional notice to the business before the visit, saying what to have ready. */
public record Notice(String givenBy, LocalDate noticeDate, LocalDate visitDate, String toPrepare) {
}
