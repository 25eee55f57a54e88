/**
 * The app's log as the administrator reads it: logback, configured by {@code logback.xml} in the jar or by the
 * distribution's {@code conf/logback.xml}; {@link io.github.receiptbridge.app.logging.OnecTimeConverter} stamps every
 * line with the time in 1C's zone ({@link io.github.receiptbridge.app.logging.LogZone}), and
 * {@link io.github.receiptbridge.app.logging.ProblemsToStderr} keeps logback's own messages off stdout.
 */
@NullMarked
package io.github.receiptbridge.app.logging;

import org.jspecify.annotations.NullMarked;
