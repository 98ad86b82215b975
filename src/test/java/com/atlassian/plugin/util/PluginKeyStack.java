package com.atlassian.plugin.util;

/**
 * Test-scope stand-in for the plugin-framework hook the Active Objects ORM asks which plugin is
 * calling (for its metrics). In tests there is no plugin framework, hence no key.
 */
public final class PluginKeyStack {
    private PluginKeyStack() {
    }

    public static String getFirstPluginKey() {
        return null;
    }
}
