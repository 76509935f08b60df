/** The calendar's rules as pure Java: what a valid yearly holiday notice is, and the calendar's version digest. */
package cn.supervision.disclosure.calendar.domain;
