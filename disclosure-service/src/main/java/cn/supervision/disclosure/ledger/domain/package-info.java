/** The timeliness rules of the public record as pure Java: when a record is on time, late, or overdue. */
package cn.supervision.disclosure.ledger.domain;
