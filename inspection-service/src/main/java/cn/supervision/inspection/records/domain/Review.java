package cn.supervision.inspection.records.domain;

import java.time.Instant;

/** One review decision, kept for the trail (责任可追溯). */
public record Review(String reviewerId, ReviewDecision decision, String reason, Instant at) {
}
