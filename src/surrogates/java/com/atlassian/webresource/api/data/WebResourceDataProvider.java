package com.atlassian.webresource.api.data;

import com.atlassian.json.marshal.Jsonable;

/**
 * Compile-only surrogate. Source: Atlassian web-resource documentation (data providers) and public
 * implementations such as Jira's DatePickerDataProvider ({@code public Jsonable get()}).
 */
public interface WebResourceDataProvider {
    Jsonable get();
}
