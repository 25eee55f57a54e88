package io.github.receiptbridge.sandbox.onec;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/** HTTP Basic authentication of one infobase user, {@code user:password} decoded as UTF-8 (Cyrillic names work). */
final class BasicCredentials {
  private final byte[] expected;

  BasicCredentials(String user, String password) {
    this.expected = (user + ":" + password).getBytes(StandardCharsets.UTF_8);
  }

  /** Whether an {@code Authorization} header (or {@code null}) carries exactly these credentials. */
  boolean accepts(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(authorization.substring(6).trim());
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(decoded, expected);
  }
}
