package cn.supervision.sampling.access;

import java.util.Set;

/** The member of staff acting: recorded as "by" in the draw log. Empty {@code departments} = not limited (no security yet). */
public record ActingUser(String name, Set<String> departments) {
}
