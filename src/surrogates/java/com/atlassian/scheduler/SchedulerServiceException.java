package com.atlassian.scheduler;

/** Compile-only copy of atlassian-scheduler's checked {@code SchedulerServiceException}. Source: checked against the atlassian-scheduler API as decompiled (CFR 0.152) in public repositories. */
public class SchedulerServiceException extends Exception {
    private static final long serialVersionUID = 1L;

    public SchedulerServiceException(String message) {
        super(message);
    }

    public SchedulerServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
