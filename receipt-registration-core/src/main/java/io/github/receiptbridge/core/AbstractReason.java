package io.github.receiptbridge.core;

import java.util.List;
import org.immutables.value.Value;

/**
 * Why a document was skipped, refused or found in disagreement with its receipt: a stable {@link #code()} and the
 * variable parts of the case, in the order each {@link ReasonCode} constant documents. The words for a person are
 * the application's: a command line renders them in English, a web console in Russian.
 *
 * <pre>{@code
 * String text = switch (reason.code()) {
 *   case NOT_POSTED -> "не проведён";
 *   case AMOUNT_NOT_POSITIVE -> "сумма " + reason.arguments().get(0) + " не больше нуля";
 *   default -> reason.toString();
 * };
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class AbstractReason {
  /**
   * The stable code.
   *
   * @return the code, never {@code null}
   */
  @Value.Parameter
  public abstract ReasonCode code();

  /**
   * The variable parts, in the order the code documents; never null, empty strings where a part is absent.
   *
   * @return the arguments; empty for a code that has none
   */
  @Value.Parameter
  public abstract List<String> arguments();

  /**
   * A reason of {@code code} with {@code arguments} in the order the code documents.
   *
   * @param code the code
   * @param arguments the variable parts; absent ones as empty strings
   * @return the reason
   */
  public static Reason of(ReasonCode code, String... arguments) {
    return Reason.of(code, List.of(arguments));
  }

  /**
   * The code and the arguments, for logs and as the report files' default {@code reason} text: {@code NOT_POSTED},
   * {@code AMOUNT_NOT_POSITIVE [-5]}. Not words for a person; their form may change.
   */
  @Override
  public String toString() {
    return arguments().isEmpty() ? code().code() : code().code() + " " + arguments();
  }
}
