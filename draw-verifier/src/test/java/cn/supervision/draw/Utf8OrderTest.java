package cn.supervision.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

// Why: "sorted" in DRAW-1 is UTF-8 byte order, which Java's String order gets wrong above U+FFFF.
class Utf8OrderTest {
    @Test
    void ordersCharactersAboveTheBasicPlaneAfterPrivateUseAndFullwidthCharacters() {
        String emoji = "\uD83D\uDE00";
        String fullwidth = "\uFF21";
        assertTrue(emoji.compareTo(fullwidth) < 0, "UTF-16 order puts the emoji first");
        assertTrue(Utf8Order.compare(emoji, fullwidth) > 0, "UTF-8 order puts it last");
    }

    @Test
    void agreesWithComparingUtf8BytesOnRandomText() {
        Random r = new Random(5);
        int[] points = {0, 'A', 'z', 0x7f, 0x80, 0x7ff, 0x800, 0x4f4f, 0xd7ff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x1f600, 0x10ffff};
        for (int n = 0; n < 20_000; n++) {
            String a = random(r, points);
            String b = random(r, points);
            int expected = Integer.signum(Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8),
                    b.getBytes(StandardCharsets.UTF_8)));
            assertEquals(expected, Integer.signum(Utf8Order.compare(a, b)), a + " vs " + b);
        }
    }

    private static String random(Random r, int[] points) {
        StringBuilder sb = new StringBuilder();
        int len = r.nextInt(4);
        for (int i = 0; i < len; i++) {
            sb.appendCodePoint(points[r.nextInt(points.length)]);
        }
        return sb.toString();
    }
}
