package cn.supervision.console.directory;

import java.util.Arrays;
import java.util.Optional;

/** The three registers a clerk imports into, by the console's path segment, with the registry's path and the name clerks use. */
enum Directory {
    OBJECTS("objects", "/objects", "检查对象名录"),
    INSPECTORS("inspectors", "/inspectors", "执法检查人员名录"),
    CHECK_ITEMS("check-items", "/check-items", "抽查事项清单");

    final String segment;
    final String registryPath;
    final String title;

    Directory(String segment, String registryPath, String title) {
        this.segment = segment;
        this.registryPath = registryPath;
        this.title = title;
    }

    static Optional<Directory> of(String segment) {
        return Arrays.stream(values()).filter(d -> d.segment.equals(segment)).findFirst();
    }

    public String segment() {
        return segment;
    }

    public String title() {
        return title;
    }

    /** The console's list of this directory. */
    public String listPath() {
        return "/directory/" + segment;
    }
}
