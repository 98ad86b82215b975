package com.atlassian.sal.api.websudo;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Compile-only surrogate of the members used here. Source: SAL com.atlassian.sal.api.websudo.WebSudoManager
 * (SAL source since 2.2 and decompiled Platform 7 sal-api), jira-dc-reference.md C.4. The real
 * interface also has willExecuteWebSudoRequest, whose exception type differs between SAL lines,
 * so it is not used.
 */
public interface WebSudoManager {
    boolean canExecuteRequest(HttpServletRequest request);

    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);
}
