package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

/** Compile-only copy of atlassian-scheduler's {@code JobId} (a final value class). Source: checked against the atlassian-scheduler API as decompiled (CFR 0.152) in public repositories. */
public final class JobId implements Serializable, Comparable<JobId> {
    private static final long serialVersionUID = 1L;
    private final String id;

    private JobId(String id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    public static JobId of(String id) {
        return new JobId(id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobId && ((JobId) o).id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public int compareTo(JobId o) {
        return id.compareTo(o.id);
    }

    @Override
    public String toString() {
        return id;
    }
}
