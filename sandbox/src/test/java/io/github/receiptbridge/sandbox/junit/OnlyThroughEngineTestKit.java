package io.github.receiptbridge.sandbox.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a sample class that only {@link ReceiptBridgeSandboxExtensionTest} runs, through the engine test kit with
 * {@link #PARAMETER} set; found by Surefire's {@code -Dtest=…} or an IDE, it is skipped, since some samples fail on
 * purpose.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(OnlyThroughEngineTestKit.Condition.class)
@interface OnlyThroughEngineTestKit {
  /** The configuration parameter the engine test kit sets. */
  String PARAMETER = "receiptbridge.sandbox.junit.samples";

  /** Disabled unless {@link #PARAMETER} is {@code true}. */
  final class Condition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return context.getConfigurationParameter(PARAMETER, Boolean::parseBoolean).orElse(false)
          ? ConditionEvaluationResult.enabled("run by the engine test kit")
          : ConditionEvaluationResult.disabled("a sample of ReceiptBridgeSandboxExtensionTest, run only by it");
    }
  }
}
