/**
 * Implementation of the «Счетмаш Онлайн» client. Public only because Java needs it; not API, may change in any
 * release.
 */
package io.github.receiptbridge.schetmash.internal;
