package com.atlassian.event.api;

/**
 * Compile-only copy of atlassian-event's {@code EventListenerRegistrar}. Source: checked against the
 * decompiled atlassian-event API in public repositories.
 */
public interface EventListenerRegistrar {
    void register(Object listener);

    void unregister(Object listener);

    void unregisterAll();
}
