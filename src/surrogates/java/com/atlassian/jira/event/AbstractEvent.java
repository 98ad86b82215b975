package com.atlassian.jira.event;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * Compile-only copy of Jira's {@code AbstractEvent}. Checked against its public source
 * ({@code com/atlassian/jira/event/AbstractEvent.java}, Jira 7 era). Minimal bodies, enough for
 * tests to construct {@code IssueEvent}.
 */
public abstract class AbstractEvent implements JiraEvent {
    protected Date time;
    protected Map<String, Object> params;

    public AbstractEvent() {
        this(null);
    }

    public AbstractEvent(Map<String, Object> params) {
        this.time = new Date();
        this.params = params != null ? params : new HashMap<>();
    }

    @Override
    public Date getTime() {
        return time;
    }

    @Override
    public Map<String, Object> getParams() {
        return params;
    }
}
