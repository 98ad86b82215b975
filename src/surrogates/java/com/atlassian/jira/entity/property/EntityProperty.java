package com.atlassian.jira.entity.property;

import java.sql.Timestamp;

/**
 * Compile-only copy of Jira's {@code EntityProperty}. Checked against its public source
 * ({@code com/atlassian/jira/entity/property/EntityProperty.java}, since 6.1).
 */
public interface EntityProperty {
    String ID = "id";
    String ENTITY_NAME = "entityName";
    String ENTITY_ID = "entityId";
    String KEY = "propertyKey";
    String VALUE = "value";
    String CREATED = "created";
    String UPDATED = "updated";

    Long getId();

    Long getEntityId();

    String getEntityName();

    String getKey();

    /** The property's JSON text. */
    String getValue();

    Timestamp getCreated();

    Timestamp getUpdated();
}
