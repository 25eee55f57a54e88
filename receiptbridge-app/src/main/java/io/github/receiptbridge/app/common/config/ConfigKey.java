package io.github.receiptbridge.app.common.config;

/**
 * The configuration keys the app reads, as environment variables or as keys of the {@code --config} properties file
 * (the file wins, because naming it is the more explicit choice). The same names as the clients' {@code fromEnv()}.
 */
public enum ConfigKey {
  /** Счетмаш API base URL; with {@link #ONEC_ODATA_URL} unset too, the app runs on the built-in sandbox. */
  SCHETMASH_URL,
  /** Счетмаш API login. */
  SCHETMASH_LOGIN,
  /** Счетмаш API password. */
  SCHETMASH_PASSWORD,
  /** Счетмаш shop id (a number). */
  SCHETMASH_SHOP_ID,
  /**
   * {@code true} lets {@link #SCHETMASH_URL} be plain {@code http://} to a host other than the loopback one, sending
   * the login, password and token unencrypted; {@code false} (the default) refuses it. Only for a trusted network.
   */
  SCHETMASH_ALLOW_INSECURE_HTTP,
  /** The 1C OData service root or infobase URL. */
  ONEC_ODATA_URL,
  /** The 1C user. */
  ONEC_USER,
  /** The 1C user's password (may be set to an empty value). */
  ONEC_PASSWORD,
  /** The 1C server's time zone, for example {@code Europe/Moscow}. */
  ONEC_TIMEZONE,
  /**
   * {@code true} lets {@link #ONEC_ODATA_URL} be plain {@code http://} to a host other than the loopback one, sending
   * the 1C password unencrypted with every request; {@code false} (the default) refuses it. Only for a trusted
   * network.
   */
  ONEC_ALLOW_INSECURE_HTTP,
  /**
   * The longest encoded {@code $filter} of a bulk read of 1C, in characters (default 2000, which IIS accepts); more
   * means fewer requests where the web server in front of 1C takes longer URLs.
   */
  ONEC_MAX_FILTER_LENGTH,
  /** The e-mail receipts go to when the payer has no contact in 1C. */
  RECEIPT_FALLBACK_EMAIL,
  /** The receipt item name template ({@code {number}}, {@code {date}}, {@code {purpose}} are replaced). */
  RECEIPT_ITEM_NAME,
  /** {@code none} (VAT-exempt, the default) or {@code standard} (20% before 2026, 22% from 2026). */
  RECEIPT_TAX,
  /**
   * What is paid for (tag 1212), a name of {@link io.github.receiptbridge.core.PaymentObject} in any case, for example
   * {@code SERVICE} (the default) or {@code COMMODITY}.
   */
  RECEIPT_PAYMENT_OBJECT,
  /**
   * How the payment settles the obligation (tag 1214), a name of {@link io.github.receiptbridge.core.PaymentMethod} in
   * any case, for example {@code FULL_PAYMENT} (the default) or {@code ADVANCE}.
   */
  RECEIPT_PAYMENT_METHOD,
  /**
   * The 1C operation kinds ({@code ВидОперации}) whose documents get a receipt, comma-separated, for example {@code
   * ОплатаПокупателя,ПрочиеРасчетыСКонтрагентами}; {@code *} for every kind. Default {@code ОплатаПокупателя}. Every included
   * document gets the same receipt ({@link #RECEIPT_ITEM_NAME}, {@link #RECEIPT_PAYMENT_OBJECT}), so include only
   * kinds that are payments for what it names.
   */
  RECEIPT_OPERATION_KINDS,
  /**
   * {@code skip} (the default) leaves out payments whose payer is a legal entity; {@code send} sends them like any
   * other, with the buyer's name and INN on the receipt.
   */
  RECEIPT_ORGANIZATION_PAYERS,
  /**
   * A file of extra days off and working days for the deadlines ({@code YYYY-MM-DD off} or {@code YYYY-MM-DD
   * working}, one a line), on top of the built-in Russian production calendar: for a year whose decree is not
   * built in yet.
   */
  RECEIPT_CALENDAR,
  /**
   * The receipt journal's SQLite file: every receipt sent is recorded in it before and after the send. Default per
   * user: {@code $XDG_DATA_HOME/receiptbridge/journal.db}, else {@code %LOCALAPPDATA%\receiptbridge\journal.db},
   * else {@code $HOME/.local/share/receiptbridge/journal.db}; on the built-in sandbox a temporary file.
   */
  RECEIPT_JOURNAL
}
