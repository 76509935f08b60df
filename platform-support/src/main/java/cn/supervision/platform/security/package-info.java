/**
 * Staff authentication and authorisation shared by every service (issue 9): bearer JWTs from the bureau's identity
 * provider (the development issuer in the embedded default), one per-endpoint role table per service
 * ({@link cn.supervision.platform.security.EndpointAccess}), the signed-in {@link cn.supervision.platform.security.StaffUser}
 * for department scoping, and the append-only audit trail (审计留痕).
 */
package cn.supervision.platform.security;
