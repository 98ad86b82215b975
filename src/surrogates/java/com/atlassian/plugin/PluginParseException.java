package com.atlassian.plugin;

/**
 * Compile-only surrogate. Source: com.atlassian.plugin.PluginParseException (atlassian-plugins source
 * in public repositories): extends PluginException, the four standard constructors.
 */
public class PluginParseException extends PluginException {
    public PluginParseException() {
        super();
    }

    public PluginParseException(String s) {
        super(s);
    }

    public PluginParseException(Throwable throwable) {
        super(throwable);
    }

    public PluginParseException(String s, Throwable throwable) {
        super(s, throwable);
    }
}
