package com.atlassian.util.profiling;

/**
 * Test-scope no-op stand-in for the Atlassian profiling hook that the Active Objects ORM calls
 * around every query ({@code Metrics.metric(name).tag(..).withAnalytics().invokerPluginKey(..)
 * .startTimer()}). Jira provides the real one at runtime; tests only need the calls to succeed.
 */
public final class Metrics {
    private Metrics() {
    }

    public static Builder metric(String name) {
        return new Builder();
    }

    /** The fluent part the ORM uses; every call is a no-op. */
    public static final class Builder {
        public Builder tag(String key, String value) {
            return this;
        }

        public Builder withAnalytics() {
            return this;
        }

        public Builder invokerPluginKey(String pluginKey) {
            return this;
        }

        public Ticker startTimer() {
            return () -> { };
        }
    }
}
