package com.atlassian.templaterenderer;

/**
 * Compile-only surrogate. Source: com.atlassian.templaterenderer.RenderingException (atlassian-template-renderer
 * API source in public repositories), jira-dc-reference.md C.5.
 */
public class RenderingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }

    public RenderingException(String message) {
        super(message);
    }

    public RenderingException(Throwable cause) {
        super(cause);
    }
}
