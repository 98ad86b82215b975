package com.atlassian.jira.security.plugin;

/**
 * Compile-only surrogate. Source: Jira javadoc com.atlassian.jira.security.plugin.ProjectPermissionKey
 * (final class, constructor ProjectPermissionKey(String), permissionKey()).
 */
public final class ProjectPermissionKey {
    private final String key;

    public ProjectPermissionKey(String key) {
        this.key = key;
    }

    public String permissionKey() {
        return key;
    }
}
