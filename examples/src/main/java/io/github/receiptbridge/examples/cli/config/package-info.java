/**
 * What the command-line app reads before it connects: the configuration keys (environment and {@code --config}
 * file), durations written as people write them, dates, and the usage error every malformed value becomes. Not API.
 */
package io.github.receiptbridge.examples.cli.config;
