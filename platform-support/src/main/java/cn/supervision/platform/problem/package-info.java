/** Plain exceptions that domain code throws and the web layer turns into RFC 9457 problem details (no framework types here). */
package cn.supervision.platform.problem;
