package com.atlassian.sal.api.user;

import java.net.URI;

/**
 * Compile-only surrogate. Source: SAL com.atlassian.sal.api.user.UserProfile (SAL 2.2+ source in public
 * repositories and public implementations of it in plugin tests), jira-dc-reference.md C.4.
 */
public interface UserProfile {
    UserKey getUserKey();

    String getUsername();

    String getFullName();

    String getEmail();

    URI getProfilePictureUri(int width, int height);

    URI getProfilePictureUri();

    URI getProfilePageUri();
}
