/** Technical infrastructure every service shares: outbox relay, idempotent inbox, CloudEvents headers, problem details. No business types. */
package cn.supervision.platform;
