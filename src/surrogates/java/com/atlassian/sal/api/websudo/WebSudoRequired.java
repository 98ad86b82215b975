package com.atlassian.sal.api.websudo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only surrogate. Source: SAL com.atlassian.sal.api.websudo.WebSudoRequired (SAL source since
 * 2.2): RUNTIME, on packages, types and methods, inherited. Atlassian REST (v1) honours it on
 * resources through its WebSudoResourceFilter.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PACKAGE, ElementType.METHOD, ElementType.TYPE})
@Inherited
public @interface WebSudoRequired {
}
