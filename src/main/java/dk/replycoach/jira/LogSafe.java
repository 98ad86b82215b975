package dk.replycoach.jira;

/**
 * Describes a failure for the log without its messages. Exception messages can carry what was
 * being processed (a parser quoting its input, a database echoing a value), and reply or customer
 * text must never reach Jira's logs: the class names and the top frames are enough to locate a bug.
 */
public final class LogSafe {
    private static final int FRAMES = 6;

    private LogSafe() {
    }

    public static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        for (Throwable c = t; c != null && depth < 4; c = c.getCause(), depth++) {
            if (depth > 0) {
                sb.append(" caused by ");
            }
            sb.append(c.getClass().getName());
            StackTraceElement[] frames = c.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                sb.append(i == 0 ? " at " : " < ").append(frames[i].getClassName()).append('.')
                        .append(frames[i].getMethodName()).append(':').append(frames[i].getLineNumber());
            }
        }
        return sb.toString();
    }
}
