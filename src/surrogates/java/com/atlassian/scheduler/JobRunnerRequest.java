package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;

import java.util.Date;

/** Compile-only copy of atlassian-scheduler's {@code JobRunnerRequest}. Source: checked against the atlassian-scheduler API as decompiled (CFR 0.152) in public repositories. */
public interface JobRunnerRequest {
    Date getStartTime();

    JobId getJobId();

    JobConfig getJobConfig();

    boolean isCancellationRequested();
}
