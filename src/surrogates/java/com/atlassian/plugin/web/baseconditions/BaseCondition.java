package com.atlassian.plugin.web.baseconditions;

/**
 * Compile-only surrogate. Source: com.atlassian.plugin.web.baseconditions.BaseCondition, the common
 * supertype of Condition and UrlReadingCondition in atlassian-plugins-webfragment-api (seen as the
 * supertype in decompiled (CFR) Condition, CompositeCondition and UrlReadingCondition in public
 * repositories). Its own source was not seen; no member of it is known, and its subtypes declare
 * their methods themselves.
 */
public interface BaseCondition {
}
