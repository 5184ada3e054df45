package io.govcloud.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one project-wide Immutables style: package-private implementations, strict builders, and the
 * generated {@code Immutable*} types hidden behind the value type: a value declares {@code public static
 * final class Builder extends ImmutableX.Builder {}} and a {@code builder()} factory, and callers see only
 * the value type and its builder.
 *
 * <p>Not API: exported only to the govcloud modules.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
// source only: the style is read by the annotation processor compiling govcloud-spi; kept in the class
// files, it would make every reader of the model's classes (javac, javadoc) look for Immutables
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    jdkOnly = true,
    // no @org.immutables.value.Generated (nor javax.annotation.*) on the generated classes: a host compiling
    // against govcloud-spi with -Xlint:all -Werror would otherwise need org.immutables:value on its path
    // (an empty list allows all, hence the one harmless entry)
    allowedClasspathAnnotations = {Override.class})
public @interface GovcloudStyle {}
