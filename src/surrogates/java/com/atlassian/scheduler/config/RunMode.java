package com.atlassian.scheduler.config;

/** Compile-only copy of atlassian-scheduler's {@code RunMode}. Source: checked against the atlassian-scheduler API as decompiled (CFR 0.152) in public repositories. */
public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
