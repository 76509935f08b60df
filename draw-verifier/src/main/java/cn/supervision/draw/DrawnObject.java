package cn.supervision.draw;

import java.util.List;

/** A drawn object, in processing order: its stratum, its hex rank and the inspectors assigned to it, in order. */
// Why: one line of the published draw list (§5, §6).
public record DrawnObject(String objectId, String stratum, String rank, List<String> inspectors) {
    public DrawnObject {
        inspectors = List.copyOf(inspectors);
    }
}
