package io.govcloud.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one project-wide Immutables style: package-private implementations, strict builders, no
 * {@code Immutable} prefix leaking into the API (values are created through their own static
 * factories and {@code builder()} methods).
 *
 * <p>Not API: exported only to the govcloud modules.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    strictBuilder = true,
    jdkOnly = true)
public @interface GovcloudStyle {}
