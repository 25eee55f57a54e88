package io.github.receiptbridge.common.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import okhttp3.MediaType;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP answer as {@link RetryingExecutor} hands it to a client: the request it answers, its status and its body.
 * The body stays the bytes that came, for a reader that parses them as they are; its text and the request's
 * description are made only when asked for (an error message, a snippet), since most answers never need them; so is
 * the charset, which takes parsing the content type.
 */
public final class HttpReply {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final Supplier<String> describeCall;
  private final int status;
  private final byte[] body;
  private final @Nullable String contentType;
  private @Nullable String call;
  private @Nullable String text;

  /**
   * An answer.
   *
   * @param describeCall makes the method and path of the request as messages show it (secrets masked)
   * @param status the HTTP status
   * @param body the body (of a success or an error answer), empty when there was none; not copied
   * @param contentType the answer's {@code Content-Type} header, which names the body's charset (UTF-8 when it names
   *     none, or is absent or malformed)
   */
  public HttpReply(Supplier<String> describeCall, int status, byte[] body, @Nullable String contentType) {
    this.describeCall = describeCall;
    this.status = status;
    this.body = body;
    this.contentType = contentType;
  }

  /**
   * The request this answers, as messages show it.
   *
   * @return the method and the path, secrets masked
   */
  public String call() {
    String described = call;
    if (described == null) {
      described = describeCall.get();
      call = described;
    }
    return described;
  }

  /**
   * The HTTP status.
   *
   * @return the status code
   */
  public int status() {
    return status;
  }

  /**
   * Whether the status is 2xx.
   *
   * @return true for 200 to 299
   */
  public boolean isSuccessful() {
    return status >= 200 && status < 300;
  }

  /**
   * The body as it came; the caller must not change it.
   *
   * @return the bytes, empty when there was no body
   */
  public byte[] bodyBytes() {
    return body;
  }

  /**
   * The body as text in its charset, without a leading byte-order mark.
   *
   * @return the text, empty when there was no body
   */
  public String body() {
    String decoded = text;
    if (decoded == null) {
      decoded = new String(body, charset());
      if (!decoded.isEmpty() && decoded.charAt(0) == BYTE_ORDER_MARK) {
        decoded = decoded.substring(1);
      }
      text = decoded;
    }
    return decoded;
  }

  private Charset charset() {
    @Nullable MediaType type = contentType == null ? null : MediaType.parse(contentType);
    @Nullable Charset named = type == null ? null : type.charset(null);
    return named == null ? StandardCharsets.UTF_8 : named;
  }
}
