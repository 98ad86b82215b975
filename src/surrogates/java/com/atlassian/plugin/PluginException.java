package com.atlassian.plugin;

/**
 * Compile-only surrogate. Source: com.atlassian.plugin.PluginException (atlassian-plugins source in
 * public repositories): a RuntimeException with the four standard constructors.
 */
public class PluginException extends RuntimeException {
    public PluginException() {
        super();
    }

    public PluginException(String s) {
        super(s);
    }

    public PluginException(Throwable throwable) {
        super(throwable);
    }

    public PluginException(String s, Throwable throwable) {
        super(s, throwable);
    }
}
