package com.atlassian.sal.api.pluginsettings;

/**
 * Compile-only surrogate. Source: SAL com.atlassian.sal.api.pluginsettings.PluginSettingsFactory (SAL
 * source and decompiled sal-api in public repositories), jira-dc-reference.md C.4.
 */
public interface PluginSettingsFactory {
    PluginSettings createSettingsForKey(String key);

    PluginSettings createGlobalSettings();
}
