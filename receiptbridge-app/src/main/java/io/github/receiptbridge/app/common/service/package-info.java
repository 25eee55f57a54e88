/**
 * What the command-line app talks to: the real services or the in-process simulators with demo data, the clients
 * built from the configuration keys, and a check of the Счетмаш connection before a run. Not API.
 */
@NullMarked
package io.github.receiptbridge.app.common.service;

import org.jspecify.annotations.NullMarked;
