package com.atlassian.event.api;

/**
 * Compile-only copy of atlassian-event's {@code EventPublisher}. Source: checked against the decompiled
 * atlassian-event API in public repositories ({@code EventPublisher extends EventListenerRegistrar}
 * with {@code publish(Object)}) and the jira-dc-reference C.7.
 */
public interface EventPublisher extends EventListenerRegistrar {
    void publish(Object event);
}
