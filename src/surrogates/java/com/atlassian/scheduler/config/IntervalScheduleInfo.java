package com.atlassian.scheduler.config;

import java.util.Date;

/** Compile-only copy of atlassian-scheduler's {@code IntervalScheduleInfo}. Source: checked against the atlassian-scheduler API as decompiled (CFR 0.152) in public repositories. */
public final class IntervalScheduleInfo {
    private final Date firstRunTime;
    private final long intervalInMillis;

    IntervalScheduleInfo(Date firstRunTime, long intervalInMillis) {
        this.firstRunTime = firstRunTime == null ? null : new Date(firstRunTime.getTime());
        this.intervalInMillis = intervalInMillis;
    }

    public Date getFirstRunTime() {
        return firstRunTime == null ? null : new Date(firstRunTime.getTime());
    }

    public long getIntervalInMillis() {
        return intervalInMillis;
    }
}
