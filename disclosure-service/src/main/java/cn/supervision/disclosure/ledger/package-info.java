/**
 * 公示台账: one entry per public record (result, refusal, task, draw commitment, drawn object, check item, credit-list
 * change). The entry carries the record's disclosure deadline, its provincial push state and the events it causes
 * ({@code ResultPublished}, {@code DisclosureOverdue}) in one document, so one write stores all of them.
 */
package cn.supervision.disclosure.ledger;
