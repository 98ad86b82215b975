package dk.replycoach.jira.rest;

/** A request the resource refuses: the HTTP status and a message for the JSON error body. */
final class RequestProblem extends Exception {
    private static final long serialVersionUID = 1L;
    private final int status;

    RequestProblem(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
