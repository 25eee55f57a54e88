/**
 * PHP 7.2 semantics the «Счетмаш Онлайн» server's answers depend on, reproduced so that the simulator accepts,
 * rejects and crashes on exactly what the real server does: {@code empty()}/{@code isset()} and string and float
 * casts of decoded JSON values ({@code PhpValues}), arithmetic on numeric strings with its warnings
 * ({@code PhpNumber}, {@code PhpNumericString}), {@code json_decode}'s acceptance and error messages
 * ({@code PhpJsonDecoder}), zend-json's backslash-u escaped encoding with its key order
 * ({@code PhpJsonEncoder}), {@code $_GET}'s query-string parsing and {@code rawurldecode} ({@code PhpQueryString}),
 * the server's {@code IsFloat} validator ({@code IsFloatRule}), and the notice, warning or fatal error that the
 * server's error handler turns into an HTML 500 page ({@code PhpCrashException}). <strong>Not API</strong>: public
 * only because Java needs it; may change in any release.
 */
@NullMarked
package io.github.receiptbridge.sandbox.internal.schetmash.php;

import org.jspecify.annotations.NullMarked;
