package com.atlassian.sal.api.user;

import javax.servlet.http.HttpServletRequest;

/**
 * Compile-only surrogate of the members used here. Source: SAL com.atlassian.sal.api.user.UserManager
 * (decompiled Platform 7 sal-api in public repositories; SAL javadoc), jira-dc-reference.md C.4.
 * isLicensed(UserKey) exists only on Platform 7 and is left out on purpose.
 */
public interface UserManager {
    UserProfile getRemoteUser();

    UserKey getRemoteUserKey();

    UserProfile getRemoteUser(HttpServletRequest request);

    UserKey getRemoteUserKey(HttpServletRequest request);

    UserProfile getUserProfile(UserKey userKey);

    boolean isUserInGroup(UserKey userKey, String group);

    boolean isSystemAdmin(UserKey userKey);

    boolean isAdmin(UserKey userKey);
}
