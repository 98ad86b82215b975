package com.atlassian.json.marshal;

import java.io.IOException;
import java.io.Writer;

/**
 * Compile-only surrogate. Source: Atlassian web-resource documentation "About Jsonable's"
 * ({@code interface Jsonable { void write(Writer writer) throws IOException; }}) and public
 * implementations (Jira's DatePickerDataProvider returns a lambda of it).
 */
public interface Jsonable {
    void write(Writer writer) throws IOException;
}
