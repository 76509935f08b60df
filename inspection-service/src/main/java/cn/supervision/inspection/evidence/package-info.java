/**
 * 证据材料: evidence files of inspection records. Content is streamed into an {@link cn.supervision.inspection.evidence.EvidenceStore}
 * (GridFS), its type recognised from its first bytes, its SHA-256 computed on the way, its size limited.
 */
package cn.supervision.inspection.evidence;
