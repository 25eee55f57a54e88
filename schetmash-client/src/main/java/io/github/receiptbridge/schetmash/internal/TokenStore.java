package io.github.receiptbridge.schetmash.internal;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The cached token, shared by all threads. It is fetched lazily; when a call reports it invalid, exactly one thread
 * fetches a new one and the others reuse it, because the service invalidates the previous token whenever it issues
 * a new one.
 */
public final class TokenStore {
  private final Supplier<String> fetcher;
  private volatile @Nullable String token;

  /** A store that gets tokens from {@code fetcher}. */
  public TokenStore(Supplier<String> fetcher) {
    this.fetcher = fetcher;
  }

  /** The cached token, fetching one first if there is none. */
  public String current() {
    String cached = token;
    if (cached != null) {
      return cached;
    }
    synchronized (this) {
      if (token == null) {
        token = fetcher.get();
      }
      return token;
    }
  }

  /**
   * A token other than {@code rejected}: the one another thread already fetched, or a newly fetched one.
   *
   * @param rejected the token the service just called invalid
   */
  public synchronized String refreshAfter(String rejected) {
    if (token != null && !token.equals(rejected)) {
      return token;
    }
    token = null;
    token = fetcher.get();
    return token;
  }
}
