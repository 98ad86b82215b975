package org.ofbiz.core.entity;

/**
 * Compile-only stand-in for Jira's OfBiz {@code GenericValue} class, needed only as a parameter
 * type of the {@code IssueEvent} constructor (always null here). The real class extends
 * {@code GenericEntity}; that hierarchy is not copied because nothing here uses it.
 */
public class GenericValue {
}
