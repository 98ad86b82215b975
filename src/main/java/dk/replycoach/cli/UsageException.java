package dk.replycoach.cli;

/** Wrong arguments or unreadable input: one clear line for the user, exit code 2. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
