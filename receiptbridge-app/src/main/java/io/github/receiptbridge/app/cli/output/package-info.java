/**
 * What the command-line app shows: the fill table, the run summary, the progress bar or periodic progress lines,
 * and the JSON or CSV report file. Not API.
 */
@NullMarked
package io.github.receiptbridge.app.cli.output;

import org.jspecify.annotations.NullMarked;
