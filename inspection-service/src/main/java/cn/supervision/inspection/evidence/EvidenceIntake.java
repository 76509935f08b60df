package cn.supervision.inspection.evidence;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import cn.supervision.inspection.evidence.domain.EvidenceFileName;
import cn.supervision.inspection.evidence.domain.EvidenceType;
import cn.supervision.platform.problem.ProblemException;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * Takes in one evidence file: checks its name, recognises its type from its first bytes and compares it with what the
 * uploader declared, then streams it into the store while computing its SHA-256 and counting its bytes against the
 * limit. Nothing of a refused file stays stored.
 */
@Service
public class EvidenceIntake {

    private static final Logger log = LoggerFactory.getLogger(EvidenceIntake.class);
    private static final int BUFFER = 64 * 1024;

    private final EvidenceStore store;
    private final long maxBytes;
    private final MeterRegistry meters;

    EvidenceIntake(EvidenceStore store, @Value("${inspection.evidence.max-size:200MB}") DataSize maxSize, MeterRegistry meters) {
        this.store = store;
        this.maxBytes = maxSize.toBytes();
        this.meters = meters;
    }

    /** What was stored: the file id in the store, and what the content turned out to be. */
    public record Received(String fileId, String fileName, String contentType, long size, String sha256) {
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * @throws ProblemException 400 for a refused name or an empty file, 415 for content of no accepted kind, 422 for
     *                          content that is not what its declared type or extension says, 413 over the size limit
     */
    public Received receive(String recordId, String fileName, String declaredType, InputStream raw) {
        String nameProblem = EvidenceFileName.problem(fileName);
        if (nameProblem != null) {
            throw refused("bad-name", ProblemException.invalid("file", nameProblem));
        }
        try (BufferedInputStream in = new BufferedInputStream(raw, BUFFER)) {
            in.mark(EvidenceType.HEAD_BYTES);
            byte[] head = in.readNBytes(EvidenceType.HEAD_BYTES);
            in.reset();
            if (head.length == 0) {
                throw refused("empty", ProblemException.invalid("file", "is empty"));
            }
            EvidenceType type = EvidenceType.detect(head, head.length);
            if (type == null) {
                throw refused("unsupported", EvidenceRefused.unsupported("file",
                        "the content is none of the accepted kinds " + EvidenceType.mediaTypes() + " (judged by its first bytes)"));
            }
            EvidenceType.ClaimedType declared = EvidenceType.ofDeclared(declaredType);
            if (declared != null && declared.type() != type) {
                throw refused("type-mismatch", ProblemException.ruleViolated("file",
                        "declared as " + declared.declared() + " but the content is " + type.mediaType()));
            }
            EvidenceType named = EvidenceType.ofFileName(fileName);
            if (named != null && named != type) {
                throw refused("type-mismatch", ProblemException.ruleViolated("file",
                        "named " + fileName + " (" + named.mediaType() + ") but the content is " + type.mediaType()));
            }
            MessageDigest sha = sha256();
            Limited limited = new Limited(new DigestInputStream(in, sha), maxBytes);
            String fileId = store.save(recordId, fileName, type.mediaType(), limited);
            String hash = HexFormat.of().formatHex(sha.digest());
            DistributionSummary.builder("supervision.inspection.evidence.size").baseUnit("bytes").tag("type", type.name()).register(meters)
                    .record(limited.count);
            log.info("evidence stored recordId={} fileId={} type={} size={} sha256={}", recordId, fileId, type.mediaType(), limited.count, hash);
            return new Received(fileId, fileName, type.mediaType(), limited.count, hash);
        } catch (TooLarge e) {
            throw refused("too-large", EvidenceRefused.tooLarge("file", maxBytes));
        } catch (IOException e) {
            throw new UncheckedIOException("evidence for " + recordId + " could not be read", e);
        }
    }

    /** Counts a refusal of the given bounded reason and hands the problem back for throwing. */
    public ProblemException refused(String reason, ProblemException problem) {
        meters.counter("supervision.inspection.evidence.refused", "reason", reason).increment();
        return problem;
    }

    /** SHA-256 of stored content, read again from the store: does the file still match what was recorded? Null when missing. */
    public String sha256Of(String fileId) {
        try (InputStream content = store.open(fileId)) {
            if (content == null) {
                return null;
            }
            MessageDigest sha = sha256();
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = content.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("evidence " + fileId + " could not be read", e);
        }
    }

    public InputStream open(String fileId) throws IOException {
        return store.open(fileId);
    }

    public void discard(String fileId) {
        store.delete(fileId);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Over the limit: an {@link IOException}, so that the store abandons the partial upload. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("evidence larger than the limit");
        }
    }

    /** Counts bytes as they pass and fails once more than the limit went through. */
    private static final class Limited extends FilterInputStream {
        private final long limit;
        long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                passed(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                passed(n);
            }
            return n;
        }

        private void passed(int n) throws IOException {
            count += n;
            if (count > limit) {
                throw new TooLarge();
            }
        }
    }
}
