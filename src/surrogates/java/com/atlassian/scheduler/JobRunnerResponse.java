package com.atlassian.scheduler;

/**
 * Compile-only copy of atlassian-scheduler's {@code JobRunnerResponse} ({@code public final class}
 * with static factories). Source: checked against the atlassian-scheduler API as decompiled (CFR 0.152) in public repositories. Minimal bodies: a response only remembers its message; the
 * outcome type ({@code RunOutcome}) is not copied.
 */
public final class JobRunnerResponse {
    private final String message;

    private JobRunnerResponse(String message) {
        this.message = message;
    }

    public static JobRunnerResponse success() {
        return new JobRunnerResponse(null);
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(message);
    }

    public static JobRunnerResponse aborted(String message) {
        return new JobRunnerResponse(message);
    }

    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse(message);
    }

    public static JobRunnerResponse failed(Throwable cause) {
        return new JobRunnerResponse(String.valueOf(cause));
    }

    public String getMessage() {
        return message;
    }
}
