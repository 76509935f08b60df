package cn.supervision.draw;

// Why: a transcript that is not well-formed JSON must be rejected with where and why, not with a stack trace.
public final class JsonFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public JsonFormatException(String message) {
        super(message);
    }
}
