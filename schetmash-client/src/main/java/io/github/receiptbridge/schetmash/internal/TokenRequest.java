package io.github.receiptbridge.schetmash.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The body of {@code POST token}. Its {@link #toString()} never shows the password. */
@JsonPropertyOrder({"login", "password"})
public final class TokenRequest {
  private final String login;
  private final String password;

  /** Credentials to send. */
  public TokenRequest(String login, String password) {
    this.login = login;
    this.password = password;
  }

  /** The login. */
  @JsonProperty("login")
  public String login() {
    return login;
  }

  /** The password. */
  @JsonProperty("password")
  public String password() {
    return password;
  }

  @Override
  public String toString() {
    return "TokenRequest{login=" + login + ", password=****}";
  }
}
