package io.github.receiptbridge.sandbox.internal.onec;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * HTTP Basic authentication of one infobase user, {@code user:password} decoded as UTF-8 (Cyrillic names work).
 * The password can be changed while running, as an administrator would; from then on only the new one works.
 */
final class BasicCredentials {
  private final String user;
  private volatile Secret secret;

  /** The current password and the {@code user:password} bytes it makes. */
  private record Secret(String password, byte[] expected) {
  }

  BasicCredentials(String user, String password) {
    this.user = user;
    this.secret = secretOf(password);
  }

  /** The password accepted now. */
  String password() {
    return secret.password();
  }

  /** Accepts {@code newPassword} instead of the current one from the next request on. */
  void changePassword(String newPassword) {
    secret = secretOf(newPassword);
  }

  /** Whether an {@code Authorization} header (or {@code null}) carries exactly these credentials. */
  boolean accepts(@Nullable String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(authorization.substring(6).trim());
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(decoded, secret.expected());
  }

  private Secret secretOf(String password) {
    return new Secret(password, (user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
