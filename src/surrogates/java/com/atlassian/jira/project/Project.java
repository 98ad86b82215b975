package com.atlassian.jira.project;

/**
 * Compile-only surrogate. Source: Jira javadoc com.atlassian.jira.project.Project (9.12),
 * jira-dc-reference.md C.6.
 */
public interface Project {
    Long getId();

    String getKey();

    String getName();
}
