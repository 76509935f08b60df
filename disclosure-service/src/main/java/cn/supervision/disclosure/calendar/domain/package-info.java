/** The working-day calendar as pure Java: holidays and make-up workdays in, working-day arithmetic out. */
package cn.supervision.disclosure.calendar.domain;
