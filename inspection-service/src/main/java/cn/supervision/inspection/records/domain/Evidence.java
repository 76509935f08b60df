package cn.supervision.inspection.records.domain;

import java.time.Instant;

/**
 * 证据材料: a photo, document or video attached to a record. {@code contentType} is what the content is (read from its
 * first bytes), not what its name or the uploader claimed; {@code sha256} was computed while it was stored.
 */
public record Evidence(String evidenceId, String fileName, String contentType, long size, String sha256, String description,
        String uploadedBy, Instant uploadedAt) {
}
