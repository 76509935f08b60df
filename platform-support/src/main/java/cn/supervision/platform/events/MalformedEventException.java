package cn.supervision.platform.events;

/** An event that can never be processed (bad envelope, unreadable body, unknown type): retrying will not help, it goes to the DLQ. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
