package cn.supervision.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

// Why: the freeze publishes H(secret) for a fresh CSPRNG secret; both must have the exact §2 form.
class SecretAndCommitmentTest {
    @Test
    void generatesDistinct32ByteSecretsAsLowercaseHex() {
        String a = Draw1.newSecret();
        String b = Draw1.newSecret();
        assertTrue(a.matches("[0-9a-f]{64}"), a);
        assertNotEquals(a, b);
    }

    @Test
    void commitsToTheSha256OfTheSecretBytes() {
        assertEquals("4e46cd9e8c5d32822d274a39a545c40ed26ff1fc36a32eb618f0d5a9f607fa7a",
                Draw1.commitment("fd0b78f4748a28d8c968348f0d6615379776a3e9e2a49ead456a3c8093047a91"));
    }

    @Test
    void computesTheSameHmacAsTheJdk() {
        byte[] key = new byte[100];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) i;
        }
        for (byte[] k : new byte[][] {new byte[0], new byte[32], key}) {
            for (String msg : new String[] {"", "assign", "x".repeat(200)}) {
                byte[] expected = k.length == 0 ? null : ReferenceDraw.hmac(k, msg);
                if (expected != null) {
                    assertEquals(Hex.of(expected), Hex.of(HmacSha256.of(k, msg.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
                }
            }
        }
    }
}
