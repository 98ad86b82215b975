package org.ofbiz.core.entity;

/**
 * Compile-only stand-in for Jira's OfBiz {@code GenericValue} class, needed only as a parameter
 * type of the {@code IssueEvent} constructor (always null here). The real class extends
 * {@code GenericEntity}; that hierarchy is not copied because nothing here uses it. Source: the
 * Jira javadoc of {@code IssueEvent} (docs.atlassian.com/software/jira/docs/api/9.12.0), whose
 * constructors and {@code getChangeLog()} name {@code org.ofbiz.core.entity.GenericValue}.
 */
public class GenericValue {
}
