/**
 * 省双随机监管工作平台: every public record is pushed to the provincial platform — signed (HMAC over timestamp and
 * body), one idempotency key per record version, through a circuit breaker, retry with backoff, bulkhead and time
 * limit, from the durable queue in the ledger — and reconciled against what the province acknowledged.
 */
package cn.supervision.disclosure.provincial;
