package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;

import java.util.Map;

/**
 * Compile-only surrogate. Source: Jira source com/atlassian/jira/plugin/workflow/AbstractWorkflowPluginFactory.java
 * and public subclasses (LinksValidatorFactory), jira-dc-reference.md C.2. Bodies are placeholders;
 * the real class dispatches on the resource name.
 */
public abstract class AbstractWorkflowPluginFactory implements WorkflowPluginFactory {
    protected abstract void getVelocityParamsForInput(Map<String, Object> velocityParams);

    protected abstract void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor);

    protected abstract void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor);

    public Map<String, Object> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
        throw new UnsupportedOperationException("surrogate");
    }

    protected String extractSingleParam(Map<String, Object> params, String key) {
        throw new UnsupportedOperationException("surrogate");
    }
}
