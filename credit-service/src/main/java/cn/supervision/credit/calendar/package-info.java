/** The official working-day calendar and the bureau's time zone, for deadlines counted like disclosure counts them. */
package cn.supervision.credit.calendar;
