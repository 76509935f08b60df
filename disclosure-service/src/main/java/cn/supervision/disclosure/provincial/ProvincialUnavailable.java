package cn.supervision.disclosure.provincial;

/** The province did not acknowledge (5xx, no connection, a malformed or foreign acknowledgement): worth retrying. */
class ProvincialUnavailable extends RuntimeException {

    ProvincialUnavailable(String message) {
        super(message);
    }

    ProvincialUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
