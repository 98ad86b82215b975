package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/**
 * Compile-only surrogate of the constant used here. Source: Jira javadoc com.atlassian.jira.permission.ProjectPermissions
 * ({@code public static final ProjectPermissionKey BROWSE_PROJECTS}), used by codescape/jira-scrum-poker (jira-dc-reference.md C.6).
 */
public final class ProjectPermissions {
    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");

    private ProjectPermissions() {
    }
}
