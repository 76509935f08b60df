package cn.supervision.sampling.tasks.domain;

/** DRAW-1 §2: identifiers are non-empty and free of TAB, LF, CR and comma. */
public final class DrawIdentifiers {

    private DrawIdentifiers() {
    }

    public static boolean encodable(String value) {
        return value != null && !value.isEmpty() && value.chars().noneMatch(c -> c == '\t' || c == '\n' || c == '\r' || c == ',');
    }
}
