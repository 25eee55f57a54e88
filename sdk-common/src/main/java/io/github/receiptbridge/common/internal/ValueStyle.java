package io.github.receiptbridge.common.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every value type in this module: a package-private {@code AbstractX} gives a public
 * immutable {@code X} with a builder, no Guava, and secrets printed as {@code ****}. Not API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    redactedMask = "****",
    defaults = @Value.Immutable(copy = true))
public @interface ValueStyle {}
