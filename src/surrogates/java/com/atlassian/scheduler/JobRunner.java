package com.atlassian.scheduler;

/**
 * Compile-only copy of atlassian-scheduler's {@code JobRunner}. Source: checked against the atlassian-scheduler API as decompiled (CFR 0.152) in public repositories
 * ({@code @PublicSpi public interface JobRunner}; the response may be null).
 */
public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}
