package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

import java.util.Locale;

/**
 * Compile-only surrogate. Source: Jira javadoc com.atlassian.jira.security.JiraAuthenticationContext
 * (docs.atlassian.com/software/jira/docs/api/9.12.0); used by codescape/jira-scrum-poker (jira-dc-reference.md C.6).
 */
public interface JiraAuthenticationContext {
    ApplicationUser getLoggedInUser();

    boolean isLoggedInUser();

    Locale getLocale();
}
