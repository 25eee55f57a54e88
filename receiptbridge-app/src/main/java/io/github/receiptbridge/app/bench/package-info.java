/**
 * The {@code bench} command: throughput of a full register and status pass against in-process simulators with
 * injected latency, compared with the limit that latency and concurrency allow.
 */
@NullMarked
package io.github.receiptbridge.app.bench;

import org.jspecify.annotations.NullMarked;
