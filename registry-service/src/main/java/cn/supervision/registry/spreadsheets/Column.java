package cn.supervision.registry.spreadsheets;

/**
 * A column of a template: the key the software reads, the Chinese label a clerk reads, a hint shown in the template.
 * A read-only column is filled by exports (e.g. the risk level) and ignored on import, so an export can be re-imported.
 */
public record Column(String key, String label, boolean readOnly, String hint) {

    public static Column of(String key, String label, String hint) {
        return new Column(key, label, false, hint);
    }

    public static Column readOnly(String key, String label, String hint) {
        return new Column(key, label, true, hint);
    }

    /** The header cell as written in templates and exports: {@code uscc 统一社会信用代码}. */
    public String header() {
        return key + " " + label;
    }

    /** A header cell names this column by key, by label, or both. */
    boolean isNamedBy(String headerCell) {
        String h = Cells.text(headerCell).replace('\u3000', ' ');
        return h.equalsIgnoreCase(key) || h.equals(label) || h.equalsIgnoreCase(header()) || Cells.code(h).equalsIgnoreCase(Cells.code(header()));
    }
}
