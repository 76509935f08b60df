/** 工作日历: loads the State Council's yearly holiday notices (bundled under {@code cn-holidays/}) into the calendar. */
package cn.supervision.disclosure.calendar;
