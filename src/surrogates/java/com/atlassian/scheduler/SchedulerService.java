package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

/**
 * Compile-only copy of the parts of atlassian-scheduler's {@code SchedulerService} this plugin
 * uses. Source: checked against the atlassian-scheduler API as decompiled (CFR 0.152) in public repositories ({@code @PublicApi public interface SchedulerService}). Omitted: the look-up methods
 * returning {@code JobDetails}, {@code calculateNextRunTime} and {@code scheduleJobWithGeneratedId}.
 */
public interface SchedulerService {
    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;

    void unscheduleJob(JobId jobId);
}
