/**
 * The web console of {@code serve}: the «Регистрация чеков» form in a browser (Russian, as 1C), the pass history and
 * reports, {@code /health} and {@code /metrics}, with login, sessions and CSRF protection when it listens beyond the
 * loopback address. Renders what {@link io.github.receiptbridge.app.serve.ServiceConsole} gives. Its pages are jte
 * templates ({@code src/main/jte}), compiled at build time into classes of this package and rendered by {@link
 * io.github.receiptbridge.app.serve.web.Pages} from small view records ({@code FormView}, {@code TableView}, …); they
 * escape every value for where it stands. Not API.
 */
@NullMarked
package io.github.receiptbridge.app.serve.web;

import org.jspecify.annotations.NullMarked;
