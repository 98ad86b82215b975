package com.atlassian.jira.project;

/**
 * Compile-only copy of the parts of Jira's {@code Project} this plugin uses ({@code getKey()},
 * {@code getId()}), per the jira-dc-reference C.6 and the Jira javadoc. Supertypes not copied.
 */
public interface Project {
    Long getId();

    String getKey();

    String getName();
}
