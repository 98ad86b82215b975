package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;

import java.util.Map;

/**
 * Compile-only surrogate. Source: Jira source com/atlassian/jira/plugin/workflow/WorkflowPluginFactory.java
 * (Jira 7+ generic signatures, as overridden by public validator factories, e.g. LinksValidatorFactory),
 * jira-dc-reference.md C.2.
 */
public interface WorkflowPluginFactory {
    Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor);

    Map<String, ?> getDescriptorParams(Map<String, Object> formParams);
}
