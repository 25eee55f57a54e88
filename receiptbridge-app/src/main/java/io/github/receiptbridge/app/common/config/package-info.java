/**
 * What the command-line app reads before it connects: the configuration keys (environment and {@code --config}
 * file), durations written as people write them, dates, and the usage error every malformed value becomes.
 * {@link io.github.receiptbridge.app.common.config.ConfigKey} is API: the names of the app's settings, which
 * scripts and the README use; the rest is not.
 */
@NullMarked
package io.github.receiptbridge.app.common.config;

import org.jspecify.annotations.NullMarked;
