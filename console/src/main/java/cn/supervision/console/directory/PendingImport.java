package cn.supervision.console.directory;

import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A file whose dry run the clerk has seen, kept in their session until they apply it or upload another. Applying
 * sends these very bytes again: what is applied is exactly what was checked (a re-upload could be another file, or
 * the same file edited in between), and the clerk need not find the file a second time on a tablet. One per
 * directory and session, so memory stays bounded by the registry's own file limit; gone with the session.
 */
record PendingImport(String id, String directory, String filename, byte[] bytes, String sha256, Instant uploadedAt) implements Serializable {

    static PendingImport of(Directory directory, String filename, byte[] bytes, Instant now) {
        try {
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            return new PendingImport(UUID.randomUUID().toString(), directory.segment, filename, bytes, digest, now);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sessionKey(Directory directory) {
        return "console.pending-import." + directory.segment;
    }

    /** The name the registry is sent: plain ASCII with the file's own extension (the registry reads the content, not the name). */
    String uploadName() {
        String lower = filename == null ? "" : filename.toLowerCase(java.util.Locale.ROOT);
        for (String extension : new String[] {".xlsx", ".xls", ".csv"}) {
            if (lower.endsWith(extension)) {
                return directory + extension;
            }
        }
        return directory;
    }

    public int size() {
        return bytes.length;
    }
}
