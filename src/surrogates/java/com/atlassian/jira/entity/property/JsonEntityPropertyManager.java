package com.atlassian.jira.entity.property;

/**
 * Compile-only copy of the look-up this plugin uses from Jira's {@code JsonEntityPropertyManager}.
 * Checked against its public source ({@code @ExperimentalApi public interface
 * JsonEntityPropertyManager}: {@code @Nullable EntityProperty get(String entityName, Long entityId,
 * String key)}, null when absent). Other members omitted.
 */
public interface JsonEntityPropertyManager {
    EntityProperty get(String entityName, Long entityId, String key);
}
