package com.atlassian.sal.api.auth;

import java.net.URI;

/**
 * Compile-only surrogate of the member used here. Source: SAL com.atlassian.sal.api.auth.LoginUriProvider
 * (SAL source since 2.0; decompiled Platform 7 sal-api adds overloads with PageCapability/UserRole),
 * jira-dc-reference.md C.4.
 */
public interface LoginUriProvider {
    URI getLoginUri(URI returnUri);
}
