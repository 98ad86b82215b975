package com.atlassian.plugin.spring.scanner.annotation.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only copy of Spring Scanner's {@code @ExportAsService}. Source: checked against the decompiled
 * annotation in public repositories (atlassian-spring-scanner-annotation). Omitted: the member
 * {@code ServiceProperty[] properties() default {}}, whose element type could not be verified;
 * this plugin does not use it.
 */
@Target({ElementType.TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ExportAsService {
    Class<?>[] value() default {};
}
