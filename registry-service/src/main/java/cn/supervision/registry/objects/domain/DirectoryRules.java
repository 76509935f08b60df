package cn.supervision.registry.objects.domain;

import java.util.Set;
import java.util.function.Predicate;

/**
 * What the directory checks values against: the known departments, which administrative division codes are known,
 * and from how many complaints an object counts as "投诉举报多".
 */
public record DirectoryRules(Set<String> departments, Predicate<String> regions, int manyComplaints) {
}
