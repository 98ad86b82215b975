package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only surrogate. Source: Atlassian Spring Scanner annotation (bitbucket atlassian/atlassian-spring-scanner
 * README and decompiled copies in public repositories), jira-dc-reference.md C.9. RUNTIME retention as in the original.
 */
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ComponentImport {
    String value() default "";
}
