/**
 * A JUnit 5 extension that runs both simulators for a user's own tests: annotate a test class with
 * {@link io.github.receiptbridge.sandbox.junit.ReceiptBridgeSandbox} and take
 * {@link io.github.receiptbridge.sandbox.SchetmashSandbox}, {@link io.github.receiptbridge.sandbox.OnecSandbox},
 * their behaviours or {@link io.github.receiptbridge.sandbox.OnecData} as parameters.
 *
 * <p>This package needs {@code org.junit.jupiter:junit-jupiter-api} on the class path. The {@code sandbox} artifact
 * declares it {@code <optional>}, so a project that uses the simulators outside JUnit does not get JUnit through it;
 * a project's tests have it anyway.
 *
 * <p>Ready-built clients are deliberately not injected: the simulators depend on none of the SDK's own code, so a
 * wire bug in a client cannot be mirrored by the simulator. Build one from the injected simulator in one line:
 * {@code SchetmashClient.builder().fromSettings(sandbox.clientSettings()).build()}.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.receiptbridge.sandbox.junit;

import org.jspecify.annotations.NullMarked;
