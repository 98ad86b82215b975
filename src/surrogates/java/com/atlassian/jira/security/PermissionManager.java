package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only surrogate of the member used here. Source: Jira javadoc com.atlassian.jira.security.PermissionManager
 * (9.12): {@code boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user)};
 * jira-dc-reference.md C.6.
 */
public interface PermissionManager {
    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);
}
