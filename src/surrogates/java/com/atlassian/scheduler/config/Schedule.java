package com.atlassian.scheduler.config;

import java.util.Date;

/**
 * Compile-only copy of the interval part of atlassian-scheduler's {@code Schedule} (a final class
 * with static factories). Source: checked against the atlassian-scheduler API as decompiled (CFR 0.152) in public repositories. Omitted: cron schedules and the {@code Type} enum.
 */
public final class Schedule {
    private final IntervalScheduleInfo intervalScheduleInfo;

    private Schedule(IntervalScheduleInfo intervalScheduleInfo) {
        this.intervalScheduleInfo = intervalScheduleInfo;
    }

    public static Schedule runOnce(Date runTime) {
        return forInterval(0L, runTime);
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(new IntervalScheduleInfo(firstRunTime, intervalInMillis));
    }

    public IntervalScheduleInfo getIntervalScheduleInfo() {
        return intervalScheduleInfo;
    }
}
