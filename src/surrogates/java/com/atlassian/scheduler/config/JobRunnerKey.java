package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

/** Compile-only copy of atlassian-scheduler's {@code JobRunnerKey} (a final value class). Source: checked against the atlassian-scheduler API as decompiled (CFR 0.152) in public repositories. */
public final class JobRunnerKey implements Serializable, Comparable<JobRunnerKey> {
    private static final long serialVersionUID = 1L;
    private final String key;

    private JobRunnerKey(String key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    public static JobRunnerKey of(String key) {
        return new JobRunnerKey(key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobRunnerKey && ((JobRunnerKey) o).key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public int compareTo(JobRunnerKey o) {
        return key.compareTo(o.key);
    }

    @Override
    public String toString() {
        return key;
    }
}
