package com.atlassian.jira.event;

import java.util.Date;
import java.util.Map;

/**
 * Compile-only copy of Jira's {@code JiraEvent}. Checked against the Jira javadoc
 * (docs.atlassian.com/jira/server/com/atlassian/jira/event/JiraEvent.html).
 */
public interface JiraEvent {
    Map<String, Object> getParams();

    Date getTime();
}
