package io.github.receiptbridge.sandbox;

/**
 * Whether a shop of a {@link SchetmashSandbox} has a cash register (ККТ) to print on; see
 * {@link SchetmashSandbox#setShop(long, CashRegister)} and {@link SchetmashSandboxBuilder#shop(long, CashRegister)}.
 *
 * @since 0.1.0
 */
public enum CashRegister {
  /** The shop has an enabled, fiscalized cash register: register and report on it work. */
  ACTIVE,
  /**
   * The shop exists but has no enabled, fiscalized cash register: register and report on it answer code 7
   * «Нет доступных ККТ», as the real service does, after the token, shop and operation checks.
   */
  NONE
}
