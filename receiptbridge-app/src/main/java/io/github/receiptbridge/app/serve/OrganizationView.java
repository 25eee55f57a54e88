package io.github.receiptbridge.app.serve;

/**
 * An organization the service serves, as the console shows it.
 *
 * @param key the key the console and the URLs use: the organization's entry name in the configuration file
 * @param name the organization's name in 1C (or the configured INN, name or key until 1C was read)
 * @param inn its INN as 1C holds it, empty until 1C was read
 * @param shopId its Счетмаш shop
 */
public record OrganizationView(String key, String name, String inn, long shopId) {}
