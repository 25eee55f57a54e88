package io.github.receiptbridge.app;

import io.github.receiptbridge.app.common.CliContext;

import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Creates the commands with the {@link CliContext} they run in; anything else the picocli way. */
final class CommandFactory implements IFactory {
  private final CliContext context;

  CommandFactory(CliContext context) {
    this.context = context;
  }

  /** An instance of {@code type}: through its {@code (CliContext)} constructor when it has one. */
  @Override
  public <K> K create(Class<K> type) throws Exception {
    Constructor<K> withContext;
    try {
      withContext = type.getDeclaredConstructor(CliContext.class);
    } catch (NoSuchMethodException none) {
      return CommandLine.defaultFactory().create(type);
    }
    return withContext.newInstance(context);
  }
}
