package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only copy of Spring Scanner's {@code @ComponentImport} (marks a constructor parameter
 * whose type is a host-product OSGi service). Source: checked against the decompiled annotation in public
 * repositories (atlassian-spring-scanner-annotation) and the jira-dc-reference C.9.
 */
@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ComponentImport {
    String value() default "";
}
