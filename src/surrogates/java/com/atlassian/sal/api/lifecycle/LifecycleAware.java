package com.atlassian.sal.api.lifecycle;

/**
 * Compile-only copy of SAL's {@code LifecycleAware}. Checked against the SAL 3.0.0 javadoc
 * (docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/lifecycle/LifecycleAware.html):
 * {@code onStart()} after the application (or a later-enabled plugin) has started, {@code onStop()}
 * before the plugin is disabled; Spring Scanner plugins export it with {@code @ExportAsService}.
 */
public interface LifecycleAware {
    void onStart();

    void onStop();
}
