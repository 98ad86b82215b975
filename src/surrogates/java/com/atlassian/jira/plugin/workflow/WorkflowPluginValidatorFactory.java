package com.atlassian.jira.plugin.workflow;

/**
 * Compile-only surrogate. Source: Jira source com/atlassian/jira/plugin/workflow/WorkflowPluginValidatorFactory.java
 * (marker interface), jira-dc-reference.md C.2.
 */
public interface WorkflowPluginValidatorFactory extends WorkflowPluginFactory {
}
