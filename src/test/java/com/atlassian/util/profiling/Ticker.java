package com.atlassian.util.profiling;

/** Test-scope no-op stand-in: the timer handle the Active Objects ORM closes after each query. */
public interface Ticker extends AutoCloseable {
    @Override
    void close();
}
