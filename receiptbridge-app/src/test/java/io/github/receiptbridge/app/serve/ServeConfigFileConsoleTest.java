package io.github.receiptbridge.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configuration file's console logins (personal users, session limits), its Cyrillic organization keys, and errors
 * that keep their placeholders and say the real reason.
 */
class ServeConfigFileConsoleTest {
  private static final String HASH_A = "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy";
  private static final String HASH_B = "$2y$12$QjSH496pcT5CEbzjD/vtVeH03tfHKFy36d4J0Ltp3lRtee9HDxY3K";

  @TempDir
  Path folder;

  private Path write(String text) throws IOException {
    Path file = folder.resolve("serve.conf");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void personalUsersAndSessionLimitsAreRead() throws IOException {
    Path file = write("console.user.ivanova.password-hash = " + HASH_A + "\n"
        + "console.user.петров.password-hash = " + HASH_B + "\n"
        + "console.session.idle-timeout = 15m\nconsole.session.max-lifetime = 8h\n");
    ServeConfigFile.ConsoleAccess access = ServeConfigFile.readAll(file, Map.of()).console();
    assertThat(access.users()).containsOnly(Map.entry("ivanova", HASH_A), Map.entry("петров", HASH_B));
    assertThat(access.idleTimeout()).contains(Duration.ofMinutes(15));
    assertThat(access.maxLifetime()).contains(Duration.ofHours(8));
    assertThat(access.toString()).doesNotContain(HASH_A).doesNotContain(HASH_B);

    ConsoleSettings settings = access.applyTo(ConsoleSettings.withoutPassword("0.0.0.0", 8080));
    assertThat(settings.users()).containsKeys("ivanova", "петров");
    assertThat(settings.idleTimeout()).isEqualTo(Duration.ofMinutes(15));
    assertThat(settings.maxLifetime()).isEqualTo(Duration.ofHours(8));
    assertThat(settings.toString()).doesNotContain(HASH_A).contains("петров");
  }

  @Test
  void withoutLimitsTheDefaultsAreHalfAnHourIdleAndTwelveHoursInAll() throws IOException {
    ConsoleSettings settings = ServeConfigFile.readAll(write("every = 1m\n"), Map.of()).console()
        .applyTo(ConsoleSettings.withoutPassword("127.0.0.1", 0));
    assertThat(settings.users()).isEmpty();
    assertThat(settings.idleTimeout()).isEqualTo(Duration.ofMinutes(30));
    assertThat(settings.maxLifetime()).isEqualTo(Duration.ofHours(12));
  }

  @Test
  void aUsersBadHashIsAnErrorThatDoesNotQuoteIt() throws IOException {
    Path file = write("console.user.ivanova.password-hash = hunter2\n");
    assertThatThrownBy(() -> ServeConfigFile.readAll(file, Map.of())).isInstanceOf(ConfigFileException.class)
        .hasMessageContaining("line 1, console.user.ivanova.password-hash: is not a bcrypt hash")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void usersBesideTheOnePasswordAreAnError() throws IOException {
    Path file = write("console.password-hash = " + HASH_A + "\nconsole.user.ivanova.password-hash = " + HASH_B + "\n");
    assertThatThrownBy(() -> ServeConfigFile.readAll(file, Map.of())).isInstanceOf(ConfigFileException.class)
        .hasMessageContaining("console.password-hash: personal users (console.user.<name>.password-hash) are set");
  }

  @Test
  void aLifetimeShorterThanTheIdleTimeoutIsAnError() throws IOException {
    Path file = write("console.session.idle-timeout = 2h\nconsole.session.max-lifetime = 1h\n");
    assertThatThrownBy(() -> ServeConfigFile.readAll(file, Map.of())).isInstanceOf(ConfigFileException.class)
        .hasMessageContaining("line 2, console.session.max-lifetime: the session's max lifetime (PT1H) is shorter");
    assertThatThrownBy(() -> ServeConfigFile.readAll(write("console.session.idle-timeout = 10s\n"), Map.of()))
        .hasMessageContaining("console.session.idle-timeout: must be at least 1m, was '10s'");
  }

  @Test
  void aCyrillicOrganizationKeyIsAccepted() throws IOException {
    ServeSettings settings = ServeConfigFile.read(write("organization.ромашка.id = ТСЖ «Ромашка»\n"
        + "organization.лесное-2.id = 5003054321\n"), Map.of());
    assertThat(settings.organizations()).extracting(OrganizationSettings::key).containsExactly("ромашка", "лесное-2");
    assertThat(settings.organizations().get(0).organization()).isEqualTo("ТСЖ «Ромашка»");
  }

  @Test
  void anUpperCaseOrganizationKeyIsRefusedWithTheRealReason() throws IOException {
    Path file = write("organization.Ромашка.id = 7701234567\n");
    assertThatThrownBy(() -> ServeConfigFile.read(file, Map.of())).isInstanceOf(ConfigFileException.class)
        .hasMessageContaining("line 1, organization.Ромашка.id: not an organization key: write "
            + "organization.<key>.<field>, the <key> in lower-case letters (Latin or Cyrillic)");
  }

  @Test
  void aKeyWithASpaceIsRefusedWithTheRealReason() throws IOException {
    Path file = write("organization.ромашка 2.id = 7701234567\n");
    assertThatThrownBy(() -> ServeConfigFile.read(file, Map.of())).isInstanceOf(ConfigFileException.class)
        .hasMessageContaining("line 1: the key before '=' may hold only letters, digits, '.', '-' and '_'");
  }

  @Test
  void theMessageOfAMissingOrganizationKeepsItsPlaceholders() throws IOException {
    Path file = write("onec.url = https://1c.example.ru/buh\nonec.user = r\nonec.password = p\n"
        + "schetmash.url = https://online.schetmash.com/lk/api/v1/\nschetmash.login = l\nschetmash.password = p\n");
    assertThatThrownBy(() -> ServeConfigFile.read(file, Map.of())).isInstanceOf(ConfigFileException.class)
        .hasMessageContaining("add organization.<name>.id = <INN, name or Ref_Key> and organization.<name>.shop-id");
  }

  @Test
  void theUnknownKeyMessageNamesTheUserKeys() throws IOException {
    assertThatThrownBy(() -> ServeConfigFile.read(write("console.users = x\n"), Map.of()))
        .hasMessageContaining("console.user.<name>.password-hash");
    assertThatThrownBy(() -> ServeConfigFile.read(write("console.user.Ivanova.password-hash = " + HASH_A + "\n"),
        Map.of())).hasMessageContaining("not a user key: write console.user.<name>.password-hash");
    assertThat(Optional.of(ServeConfigFile.ConsoleAccess.none().users())).contains(Map.of());
  }
}
