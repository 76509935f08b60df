package cn.supervision.disclosure.provincial;

/** The province refused the request itself (4xx): repeating it at once cannot help, so it waits for the queue's backoff. */
class ProvincialRejection extends RuntimeException {

    ProvincialRejection(String message) {
        super(message);
    }
}
