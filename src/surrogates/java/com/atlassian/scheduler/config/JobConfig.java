package com.atlassian.scheduler.config;

import java.util.Objects;

/**
 * Compile-only copy of atlassian-scheduler's {@code JobConfig} (a final, immutable class:
 * {@code forJobRunnerKey}, {@code withRunMode}, {@code withSchedule}). Source: checked against the atlassian-scheduler API as decompiled (CFR 0.152) in public repositories. Omitted: job
 * parameters.
 */
public final class JobConfig {
    private final JobRunnerKey jobRunnerKey;
    private final RunMode runMode;
    private final Schedule schedule;

    private JobConfig(JobRunnerKey jobRunnerKey, RunMode runMode, Schedule schedule) {
        this.jobRunnerKey = jobRunnerKey;
        this.runMode = runMode != null ? runMode : RunMode.RUN_ONCE_PER_CLUSTER;
        this.schedule = schedule != null ? schedule : Schedule.runOnce(null);
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        return new JobConfig(Objects.requireNonNull(jobRunnerKey, "jobRunnerKey"), null, null);
    }

    public JobRunnerKey getJobRunnerKey() {
        return jobRunnerKey;
    }

    public RunMode getRunMode() {
        return runMode;
    }

    public Schedule getSchedule() {
        return schedule;
    }

    public JobConfig withRunMode(RunMode runMode) {
        return new JobConfig(jobRunnerKey, runMode, schedule);
    }

    public JobConfig withSchedule(Schedule schedule) {
        return new JobConfig(jobRunnerKey, runMode, schedule);
    }
}
