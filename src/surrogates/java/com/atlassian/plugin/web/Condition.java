package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.baseconditions.BaseCondition;

import java.util.Map;

/**
 * Compile-only surrogate. Source: com.atlassian.plugin.web.Condition from atlassian-plugins-webfragment-api
 * (decompiled with CFR in a public repository); the same two methods are implemented by public plugin
 * conditions (e.g. cures-hub/cures-condec-jira ActivationCondition) and by Jira's own reference plugin.
 */
public interface Condition extends BaseCondition {
    void init(Map<String, String> params) throws PluginParseException;

    boolean shouldDisplay(Map<String, Object> context);
}
