/**
 * Test helpers the modules of Receipt Bridge share in test scope: {@link io.github.receiptbridge.testkit.FixtureServer}
 * answers with recorded wire fixtures on 127.0.0.1, {@link io.github.receiptbridge.testkit.InProcessCli} runs a
 * command-line app in the test's JVM with its own environment and captured output, and {@link
 * io.github.receiptbridge.testkit.AwkwardContacts} is the one table of the contacts 1C really holds that tests of every
 * layer feed in, and {@link io.github.receiptbridge.testkit.MutableClock} is a clock a test moves by hand. Depends on
 * none of the SDK's modules, so the clients' own tests can use it too.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.receiptbridge.testkit;

import org.jspecify.annotations.NullMarked;
