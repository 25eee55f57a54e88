/**
 * The vocabulary of the simulated «Счетмаш Онлайн» API: the answer codes with their exact Russian texts, the six
 * operations with their internal numbers and calculation signs, and the fiscal data a printed receipt carries.
 * <strong>Not API</strong>: public only because Java needs it; may change in any release.
 */
@NullMarked
package io.github.receiptbridge.sandbox.internal.schetmash.model;

import org.jspecify.annotations.NullMarked;
