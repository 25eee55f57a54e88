package io.github.receiptbridge.app.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.receiptbridge.testkit.FaketimeVariables;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI distribution works on a machine with only Java: {@code target/receiptbridge-<version>.zip}, unpacked into
 * an empty folder (whose name holds a space) with the file modes the archive carries, as {@code unzip} does, runs
 * {@code bin/receiptbridge} in an environment with nothing but {@code JAVA_HOME} or a {@code PATH} to Java and the
 * basic system tools, and without {@code SCHETMASH_URL} or {@code ONEC_ODATA_URL}: the built-in sandboxes.
 * Runs after {@code package} (maven-failsafe-plugin), so it tests the archive the build just made.
 */
@DisabledOnOs(OS.WINDOWS)
class DistributionIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final String SYSTEM_PATH = "/usr/bin:/bin";

  private static String version;
  private static Path distDirectory;
  private static Path home;

  @TempDir
  static Path machine;

  @BeforeAll
  static void unpackTheZipIntoAnEmptyFolder() throws IOException {
    version = Objects.requireNonNull(System.getProperty("receiptbridge.version"),
        "run by maven-failsafe-plugin, which sets receiptbridge.version");
    distDirectory = Path.of(Objects.requireNonNull(System.getProperty("receiptbridge.dist.directory"),
        "run by maven-failsafe-plugin, which sets receiptbridge.dist.directory"));
    Path folder = Files.createDirectories(machine.resolve("only java"));
    unzip(zip(), folder);
    home = folder.resolve("receiptbridge-" + version);
  }

  private static Path zip() {
    return distDirectory.resolve("receiptbridge-" + version + ".zip");
  }

  @Test
  void theZipHoldsTheLaunchersTheJarTheSampleConfigurationAndTheDocuments() throws IOException {
    Map<String, Integer> modes = unixModes(zip());
    String base = "receiptbridge-" + version + "/";

    assertThat(modes).containsKeys(base + "bin/receiptbridge", base + "bin/receiptbridge.cmd",
        base + "lib/receiptbridge-cli.jar", base + "conf/serve.conf.sample", base + "conf/logback.xml",
        base + "README.md", base + "CHANGELOG.md", base + "SECURITY.md", base + "LICENSE");
    assertThat(modes.get(base + "bin/receiptbridge") & 0777).as("bin/receiptbridge is executable")
        .isEqualTo(0755);
    assertThat(Files.readString(home.resolve("bin/receiptbridge.cmd"))).as("Windows line endings")
        .contains("\r\n");
    assertThat(Files.readString(home.resolve("bin/receiptbridge"))).startsWith("#!/bin/sh\n")
        .doesNotContain("\r");
  }

  @Test
  void runOnTheBuiltInSandboxesExitsZeroAndPassesArgumentsWithSpacesThrough() throws Exception {
    Path report = machine.resolve("only java").resolve("the report.json");

    Finished run = launch(withJavaHome(), "run", "--report", report.toString()).finish();

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out).contains("nothing was sent again");
    assertThat(report).isNotEmptyFile();
  }

  @Test
  void versionPrintsTheVersionAndTheCommitWithJavaOnlyOnThePath() throws Exception {
    Map<String, String> environment = base();
    environment.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + SYSTEM_PATH);

    Finished finished = launch(environment, "--version").finish();

    assertThat(finished.exitCode).as(finished.err).isZero();
    assertThat(finished.out.strip()).matches("receiptbridge-cli " + version.replace(".", "\\.")
        + " \\(commit ([0-9a-f]{7,}|unknown)\\)");
  }

  @Test
  void batchCommandsGetTheClientCompilerAModestHeapAndTheSerialCollectorWhichJavaOptsOverridesAndServeKeepsTheDefaults()
      throws Exception {
    Map<String, String> printingFlags = withJavaHome();
    printingFlags.put("JAVA_OPTS", "-XX:+PrintCommandLineFlags");
    Map<String, String> overriding = withJavaHome();
    overriding.put("JAVA_OPTS", "-XX:+PrintCommandLineFlags -XX:TieredStopAtLevel=4 -Xmx1g -XX:-UseSerialGC "
        + "-XX:+UseG1GC");

    Finished batch = launch(printingFlags, "--version").finish();
    Finished overridden = launch(overriding, "--version").finish();
    Finished serve = launch(printingFlags, "serve", "--help").finish();

    assertThat(batch.exitCode).as(batch.err).isZero();
    assertThat(batch.out).contains("-XX:TieredStopAtLevel=1").contains("-XX:MaxHeapSize=536870912")
        .contains("-XX:+UseSerialGC");
    assertThat(overridden.exitCode).as(overridden.err).isZero();
    assertThat(overridden.out).contains("-XX:TieredStopAtLevel=4").contains("-XX:MaxHeapSize=1073741824")
        .contains("-XX:+UseG1GC").doesNotContain("-XX:TieredStopAtLevel=1").doesNotContain("-XX:+UseSerialGC");
    assertThat(serve.exitCode).as(serve.err).isZero();
    assertThat(serve.out).contains("-XX:+PrintCommandLineFlags").doesNotContain("TieredStopAtLevel")
        .doesNotContain("-XX:MaxHeapSize=536870912").doesNotContain("-XX:+UseSerialGC");
  }

  @Test
  void theAppsExitCodeIsTheScriptsExitCode() throws Exception {
    Finished finished = launch(withJavaHome(), "no-such-command").finish();

    assertThat(finished.exitCode).isEqualTo(2);
    assertThat(finished.err).contains("no-such-command");
  }

  @Test
  void aJavaHomeWithoutJavaIsSaidAndExits127() throws Exception {
    Map<String, String> environment = base();
    environment.put("JAVA_HOME", machine.resolve("no java here").toString());

    Finished finished = launch(environment, "--version").finish();

    assertThat(finished.exitCode).isEqualTo(127);
    assertThat(finished.err).contains("JAVA_HOME").contains("no bin/java");
  }

  @Test
  void sigtermReachesTheAppSoServeStopsGracefullyWithExitZero() throws Exception {
    Launched serve = launch(withJavaHome(), "serve", "--listen", "127.0.0.1:0");
    serve.awaitOut("Console: ");

    serve.process.destroy();
    Finished finished = serve.finish();

    assertThat(finished.exitCode).as(finished.err).isZero();
    assertThat(finished.out).contains("Stopped: ");
  }

  @Test
  void theTarGzUnpacksWithTheExecutableBitAndRuns() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/tar")) || Files.isExecutable(Path.of("/usr/bin/tar")),
        "no tar on this machine");
    Path folder = Files.createDirectories(machine.resolve("from tar"));
    Process tar = new ProcessBuilder("tar", "-xzf",
        distDirectory.resolve("receiptbridge-" + version + ".tar.gz").toString(), "-C", folder.toString())
        .inheritIO().start();
    assertThat(tar.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS) && tar.exitValue() == 0).as("tar -xzf").isTrue();
    Path script = folder.resolve("receiptbridge-" + version).resolve("bin/receiptbridge");

    assertThat(Files.getPosixFilePermissions(script)).contains(PosixFilePermission.OWNER_EXECUTE);
    Finished finished = new Launched(new ProcessBuilder(script.toString(), "--version"), withJavaHome(),
        folder).finish();
    assertThat(finished.exitCode).as(finished.err).isZero();
    assertThat(finished.out).startsWith("receiptbridge-cli " + version);
  }

  /** A bare environment: no SCHETMASH_* or ONEC_* keys, the basic system tools, a home of its own. */
  private static Map<String, String> base() {
    Map<String, String> environment = new HashMap<>();
    environment.put("PATH", SYSTEM_PATH);
    environment.put("HOME", machine.toString());
    return environment;
  }

  private static Map<String, String> withJavaHome() {
    Map<String, String> environment = base();
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    return environment;
  }

  private static Launched launch(Map<String, String> environment, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/receiptbridge").toString());
    command.addAll(List.of(args));
    return new Launched(new ProcessBuilder(command), environment, home);
  }

  /** The exit code and the output of a finished launch. */
  private record Finished(int exitCode, String out, String err) {}

  /** A running {@code bin/receiptbridge}, its output going to files so that it never blocks on a full pipe. */
  private static final class Launched {
    private static int count;
    private final Process process;
    private final Path out;
    private final Path err;

    Launched(ProcessBuilder builder, Map<String, String> environment, Path directory) throws IOException {
      int n = ++count;
      out = machine.resolve("out-" + n + ".txt");
      err = machine.resolve("err-" + n + ".txt");
      builder.environment().clear();
      FaketimeVariables.copyInto(builder.environment()); // under faketime the launcher keeps this JVM's date
      builder.environment().putAll(environment);
      process = builder.directory(directory.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile())
          .start();
    }

    void awaitOut(String text) throws IOException, InterruptedException {
      Instant deadline = Instant.now().plus(TIMEOUT);
      while (!Files.readString(out).contains(text)) {
        if (!process.isAlive() || Instant.now().isAfter(deadline)) {
          process.destroyForcibly();
          throw new AssertionError("no '" + text + "' in the output; stderr: " + Files.readString(err));
        }
        Thread.sleep(100);
      }
    }

    Finished finish() throws IOException, InterruptedException {
      if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError("still running after " + TIMEOUT + "; stderr: " + Files.readString(err));
      }
      return new Finished(process.exitValue(), Files.readString(out), Files.readString(err));
    }
  }

  /** Extracts {@code zip} into {@code folder} and gives each file the Unix mode the archive holds for it. */
  private static void unzip(Path zip, Path folder) throws IOException {
    Map<String, Integer> modes = unixModes(zip);
    try (ZipFile file = new ZipFile(zip.toFile())) {
      Enumeration<? extends ZipEntry> entries = file.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        Path target = folder.resolve(entry.getName()).normalize();
        assertThat(target.startsWith(folder)).as("%s stays inside the folder", entry.getName()).isTrue();
        if (entry.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = file.getInputStream(entry)) {
          Files.copy(in, target);
        }
        Integer mode = modes.get(entry.getName());
        if (mode != null && (mode & 0777) != 0) {
          Files.setPosixFilePermissions(target, permissions(mode));
        }
      }
    }
  }

  private static Set<PosixFilePermission> permissions(int mode) {
    StringBuilder text = new StringBuilder();
    String letters = "rwxrwxrwx";
    for (int bit = 0; bit < 9; bit++) {
      text.append((mode & (0400 >> bit)) != 0 ? letters.charAt(bit) : '-');
    }
    return PosixFilePermissions.fromString(text.toString());
  }

  /**
   * The Unix mode of each entry, from the external attributes of the zip's central directory (java.util.zip does not
   * expose them): the high 16 bits, as {@code unzip} reads them.
   */
  private static Map<String, Integer> unixModes(Path zip) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(zip)).order(ByteOrder.LITTLE_ENDIAN);
    int end = bytes.limit() - 22;
    while (end >= 0 && bytes.getInt(end) != 0x06054b50) {
      end--;
    }
    assertThat(end).as("end of central directory record").isNotNegative();
    int entries = Short.toUnsignedInt(bytes.getShort(end + 10));
    int at = bytes.getInt(end + 16);
    Map<String, Integer> modes = new TreeMap<>();
    for (int i = 0; i < entries; i++) {
      assertThat(bytes.getInt(at)).as("central directory header").isEqualTo(0x02014b50);
      int nameLength = Short.toUnsignedInt(bytes.getShort(at + 28));
      int extraLength = Short.toUnsignedInt(bytes.getShort(at + 30));
      int commentLength = Short.toUnsignedInt(bytes.getShort(at + 32));
      int external = bytes.getInt(at + 38);
      byte[] name = new byte[nameLength];
      bytes.get(at + 46, name);
      modes.put(new String(name, StandardCharsets.UTF_8), external >>> 16);
      at += 46 + nameLength + extraLength + commentLength;
    }
    return modes;
  }
}
