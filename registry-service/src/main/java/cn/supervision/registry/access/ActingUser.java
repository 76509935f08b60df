package cn.supervision.registry.access;

import java.util.Set;

/**
 * The member of staff making a change: recorded as "who" in every version. {@code departments} are those the user
 * acts for; empty means not limited (platform administrator, or no security mechanism yet).
 */
public record ActingUser(String name, Set<String> departments) {
}
