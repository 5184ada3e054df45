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
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    jdkOnly = true)
public @interface GovcloudStyle {}
