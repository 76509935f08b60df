package cn.supervision.inspection.evidence.domain;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The kinds of evidence accepted (photos, scanned documents, videos), recognised by their first bytes ("magic
 * numbers"), never by the file's name or the type the uploader declared: those are only compared with it.
 */
public enum EvidenceType {
    JPEG("image/jpeg", Set.of("image/jpg", "image/pjpeg"), Set.of("jpg", "jpeg")),
    PNG("image/png", Set.of(), Set.of("png")),
    PDF("application/pdf", Set.of(), Set.of("pdf")),
    MP4("video/mp4", Set.of(), Set.of("mp4", "m4v")),
    MOV("video/quicktime", Set.of(), Set.of("mov", "qt")),
    HEIC("image/heic", Set.of("image/heif", "image/heic-sequence", "image/heif-sequence"), Set.of("heic", "heif"));

    /** How many leading bytes {@link #detect} needs. */
    public static final int HEAD_BYTES = 16;

    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1");
    private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ",
            "dash", "mmp4", "3gp4", "3gp5", "3gp6", "3g2a", "f4v ", "msnv");
    /** Top-level atoms an older QuickTime file may start with instead of {@code ftyp}. */
    private static final Set<String> QUICKTIME_ATOMS = Set.of("moov", "mdat", "wide", "free", "skip", "pnot");
    /** Declared types that claim nothing about the content. */
    private static final Set<String> NO_CLAIM = Set.of("", "application/octet-stream", "binary/octet-stream");

    private final String mediaType;
    private final Set<String> aliases;
    private final Set<String> extensions;

    EvidenceType(String mediaType, Set<String> aliases, Set<String> extensions) {
        this.mediaType = mediaType;
        this.aliases = aliases;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type of the content whose first bytes these are, or null when it is none of the accepted kinds. */
    public static EvidenceType detect(byte[] head, int length) {
        if (startsWith(head, length, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(head, length, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(head, length, '%', 'P', 'D', 'F', '-')) {
            return PDF;
        }
        if (length >= 12 && "ftyp".equals(ascii(head, 4))) {
            String brand = ascii(head, 8);
            if (HEIF_BRANDS.contains(brand)) {
                return HEIC;
            }
            if ("qt  ".equals(brand)) {
                return MOV;
            }
            if (MP4_BRANDS.contains(brand)) {
                return MP4;
            }
            return null;
        }
        if (length >= 8 && QUICKTIME_ATOMS.contains(ascii(head, 4))) {
            return MOV;
        }
        return null;
    }

    /** What a declared media type (e.g. a multipart part's Content-Type) claims, or null when it claims nothing. */
    public static ClaimedType ofDeclared(String declared) {
        String type = declared == null ? "" : declared.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (NO_CLAIM.contains(type)) {
            return null;
        }
        for (EvidenceType t : values()) {
            if (t.mediaType.equals(type) || t.aliases.contains(type)) {
                return new ClaimedType(type, t);
            }
        }
        return new ClaimedType(type, null);
    }

    /** What a file name's extension claims, or null for no or an unknown extension. */
    public static EvidenceType ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (EvidenceType t : values()) {
            if (t.extensions.contains(extension)) {
                return t;
            }
        }
        return null;
    }

    public static List<String> mediaTypes() {
        return java.util.Arrays.stream(values()).map(EvidenceType::mediaType).toList();
    }

    /** A declared media type and the accepted kind it names (null when it names none of them). */
    public record ClaimedType(String declared, EvidenceType type) {
    }

    private static boolean startsWith(byte[] head, int length, int... magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] head, int offset) {
        return new String(head, offset, 4, StandardCharsets.ISO_8859_1);
    }
}
