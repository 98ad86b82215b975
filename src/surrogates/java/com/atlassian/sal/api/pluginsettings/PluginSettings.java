package com.atlassian.sal.api.pluginsettings;

/**
 * Compile-only surrogate. Source: SAL com.atlassian.sal.api.pluginsettings.PluginSettings (SAL source,
 * github mrdon/SAL sal-api), jira-dc-reference.md C.4. Values are String, List&lt;String&gt;,
 * Properties or Map&lt;String,String&gt;; Jira's implementation stores strings over 255 characters
 * as text properties (JiraPluginSettings.putActual).
 */
public interface PluginSettings {
    Object get(String key);

    Object put(String key, Object value);

    Object remove(String key);
}
