package cn.supervision.inspection.evidence.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceTypeTest {

    static EvidenceType detect(int... head) {
        byte[] bytes = new byte[head.length];
        for (int i = 0; i < head.length; i++) {
            bytes[i] = (byte) head[i];
        }
        return EvidenceType.detect(bytes, bytes.length);
    }

    static int[] ftyp(String brand) {
        return new int[] {0, 0, 0, 0x20, 'f', 't', 'y', 'p', brand.charAt(0), brand.charAt(1), brand.charAt(2), brand.charAt(3)};
    }

    @Test
    void recognisesPhotosDocumentsAndVideosByTheirFirstBytes() {
        assertThat(detect(0xFF, 0xD8, 0xFF, 0xE1)).isEqualTo(EvidenceType.JPEG);
        assertThat(detect(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)).isEqualTo(EvidenceType.PNG);
        assertThat(detect('%', 'P', 'D', 'F', '-', '1', '.', '4')).isEqualTo(EvidenceType.PDF);
        assertThat(detect(ftyp("isom"))).isEqualTo(EvidenceType.MP4);
        assertThat(detect(ftyp("mp42"))).isEqualTo(EvidenceType.MP4);
        assertThat(detect(ftyp("qt  "))).isEqualTo(EvidenceType.MOV);
        assertThat(detect(0, 0, 0, 8, 'm', 'o', 'o', 'v')).isEqualTo(EvidenceType.MOV);
        assertThat(detect(ftyp("heic"))).isEqualTo(EvidenceType.HEIC);
        assertThat(detect(ftyp("mif1"))).isEqualTo(EvidenceType.HEIC);
    }

    @Test
    void refusesWhatIsNoneOfThem() {
        assertThat(detect('P', 'K', 3, 4)).isNull();
        assertThat(detect(ftyp("avif"))).isNull();
        assertThat(detect(0xFF, 0xD8)).as("too short to tell").isNull();
        assertThat(detect('M', 'Z', 0x90, 0)).isNull();
    }

    @Test
    void declaredTypesAndExtensionsAreOnlyClaims() {
        assertThat(EvidenceType.ofDeclared("image/jpg").type()).isEqualTo(EvidenceType.JPEG);
        assertThat(EvidenceType.ofDeclared("application/pdf; charset=binary").type()).isEqualTo(EvidenceType.PDF);
        assertThat(EvidenceType.ofDeclared("application/octet-stream")).isNull();
        assertThat(EvidenceType.ofDeclared(null)).isNull();
        assertThat(EvidenceType.ofDeclared("text/plain").type()).isNull();
        assertThat(EvidenceType.ofFileName("现场.JPEG")).isEqualTo(EvidenceType.JPEG);
        assertThat(EvidenceType.ofFileName("clip.MOV")).isEqualTo(EvidenceType.MOV);
        assertThat(EvidenceType.ofFileName("readme")).isNull();
        assertThat(EvidenceType.ofFileName("data.bin")).isNull();
    }

    @Test
    void acceptsOnlyPlainFileNames() {
        assertThat(EvidenceFileName.problem("整改通知书 2026-03.pdf")).isNull();
        assertThat(EvidenceFileName.problem("../etc/passwd")).isNotNull();
        assertThat(EvidenceFileName.problem("..")).isNotNull();
        assertThat(EvidenceFileName.problem("a\\b.jpg")).isNotNull();
        assertThat(EvidenceFileName.problem("C:evil.jpg")).isNotNull();
        assertThat(EvidenceFileName.problem("a\u0000.jpg")).isNotNull();
        assertThat(EvidenceFileName.problem(" ")).isNotNull();
        assertThat(EvidenceFileName.problem("x".repeat(256))).isNotNull();
    }
}
