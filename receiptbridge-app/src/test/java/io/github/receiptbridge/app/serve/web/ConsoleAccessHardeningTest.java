package io.github.receiptbridge.app.serve.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.receiptbridge.app.serve.ConsoleSettings;
import io.github.receiptbridge.testkit.MutableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.mindrot.jbcrypt.BCrypt;
import org.slf4j.LoggerFactory;

/** The console under load and attack: anonymous floods, password guessing, long-lived sessions, personal users. */
class ConsoleAccessHardeningTest {
  private static final String PASSWORD = "верный пароль";
  private static final Map<String, String> REGISTER = Map.of("org", "uk", "from", "2026-11-01", "to", "2026-11-29",
      "kind", "REGISTER");

  @Test
  void twoThousandAnonymousRequestsDoNotEndALoggedInSession() throws Exception {
    try (RunningConsole console = RunningConsole.withPassword(new FakeServiceConsole(), PASSWORD)) {
      ConsoleClient accountant = console.client();
      assertThat(accountant.logIn(PASSWORD).statusCode()).isEqualTo(303);
      flood(console.web, 2000);
      assertThat(accountant.get("/").statusCode()).isEqualTo(200);
      assertThat(accountant.post("/passes", REGISTER).statusCode()).isEqualTo(303);
    }
  }

  @Test
  void withoutAPasswordAFloodDoesNotSpoilTheTokenOfAnOpenForm() throws Exception {
    try (RunningConsole console = RunningConsole.open(new FakeServiceConsole())) {
      ConsoleClient accountant = console.client();
      accountant.get("/");
      flood(console.web, 2000);
      assertThat(accountant.post("/passes", REGISTER).statusCode()).isEqualTo(303);
      assertThat(console.service.starts()).containsExactly("uk REGISTER [] by сеанс 1 (127.0.0.1)");
    }
  }

  @Test
  void anonymousRequestsMakeNoSessionOnTheServer() {
    Sessions sessions = new Sessions(new MutableClock(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC));
    for (int i = 0; i < 5000; i++) {
      sessions.newVisitor("127.0.0.1", Session.Access.LOGIN_NEEDED);
    }
    assertThat(sessions.kept()).isZero();
  }

  @Test
  void aForgedVisitorCookieIsNotAcceptedNorItsToken() {
    Sessions sessions = new Sessions(new MutableClock(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC));
    Session visitor = sessions.newVisitor("127.0.0.1", Session.Access.LOGIN_NEEDED);
    assertThat(sessions.visitor(visitor.id(), "127.0.0.1", Session.Access.LOGIN_NEEDED)).contains(visitor);
    String forged = visitor.id().substring(0, visitor.id().length() - 2) + "AA";
    assertThat(sessions.visitor(forged, "127.0.0.1", Session.Access.LOGIN_NEEDED)).isEmpty();
    Session other = new Sessions(new MutableClock(Instant.EPOCH, ZoneOffset.UTC))
        .newVisitor("127.0.0.1", Session.Access.LOGIN_NEEDED);
    assertThat(sessions.visitor(other.id(), "127.0.0.1", Session.Access.LOGIN_NEEDED)).isEmpty();
  }

  @Test
  void theSixthWrongPasswordWithinAMinuteIsHeldBackAndTheRightOneWorksAfterTheWait() {
    try (RunningConsole console = RunningConsole.withPassword(new FakeServiceConsole(), PASSWORD)) {
      ConsoleClient client = console.client();
      for (int i = 0; i < 5; i++) {
        assertThat(client.logIn("не тот " + i).statusCode()).isEqualTo(401);
        console.clock.advance(Duration.ofSeconds(1));
      }
      HttpResponse<String> sixth = client.logIn("не тот 6");
      assertThat(sixth.statusCode()).isEqualTo(429);
      assertThat(sixth.body()).contains("Слишком много попыток входа: повторите через 55 с.");
      assertThat(sixth.headers().firstValue("Retry-After")).contains("55");
      for (int i = 0; i < 200; i++) {
        assertThat(client.logIn("подбор " + i).statusCode()).isEqualTo(429);
      }
      assertThat(client.logIn(PASSWORD).statusCode()).as("even the right one waits").isEqualTo(429);
      assertThat(console.actions).hasSize(5).allSatisfy(line -> assertThat(line).contains("неверный пароль"));
      console.clock.advance(Duration.ofSeconds(55));
      assertThat(client.logIn(PASSWORD).statusCode()).isEqualTo(303);
      assertThat(client.get("/").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void attemptsSentAtOnceCannotSlipPastTheLimit() throws Exception {
    try (RunningConsole console = RunningConsole.withPassword(new FakeServiceConsole(), PASSWORD)) {
      List<ConsoleClient> clients = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        ConsoleClient client = console.client();
        client.get("/login");
        clients.add(client);
      }
      ExecutorService pool = Executors.newFixedThreadPool(20);
      try {
        List<Future<Integer>> statuses = new ArrayList<>();
        for (ConsoleClient client : clients) {
          statuses.add(pool.submit(() -> client.post("/login", Map.of("password", "подбор", "next", "/"))
              .statusCode()));
        }
        List<Integer> answers = new ArrayList<>();
        for (Future<Integer> status : statuses) {
          answers.add(status.get());
        }
        assertThat(answers).filteredOn(status -> status == 401).hasSize(LoginThrottle.PER_ADDRESS);
        assertThat(answers).filteredOn(status -> status == 429).hasSize(20 - LoginThrottle.PER_ADDRESS);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void wrongPasswordsOfManyAddressesHoldTheLoginBackForEveryone() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC);
    LoginThrottle throttle = new LoginThrottle(clock);
    for (int i = 0; i < LoginThrottle.IN_TOTAL; i++) {
      assertThat(throttle.admit("10.0.0." + i)).isEmpty();
    }
    assertThat(throttle.waitFor("192.0.2.1")).contains(LoginThrottle.WINDOW);
    clock.advance(LoginThrottle.WINDOW);
    assertThat(throttle.waitFor("192.0.2.1")).isEmpty();
  }

  @Test
  void aHeldBackAddressIsLoggedOnceAWindowNotOnceAnAttempt() {
    ch.qos.logback.classic.Logger logger =
        (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(LoginThrottle.class);
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.start();
    logger.addAppender(log);
    try {
      MutableClock clock = new MutableClock(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC);
      LoginThrottle throttle = new LoginThrottle(clock);
      for (int i = 0; i < 200; i++) {
        throttle.admit("10.0.0.1");
      }
      assertThat(log.list).singleElement().satisfies(event -> {
        assertThat(event.getLevel()).isEqualTo(Level.WARN);
        assertThat(event.getFormattedMessage())
            .isEqualTo("Login held back for 10.0.0.1 for 60 s: 5 wrong passwords within 60 s");
      });
      clock.advance(LoginThrottle.WINDOW);
      for (int i = 0; i < 200; i++) {
        throttle.admit("10.0.0.1");
      }
      assertThat(log.list).hasSize(2);
    } finally {
      logger.detachAppender(log);
    }
  }

  @Test
  void aRightPasswordForgetsTheAddressesWrongOnes() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC);
    LoginThrottle throttle = new LoginThrottle(clock);
    for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
      assertThat(throttle.admit("10.0.0.1")).isEmpty();
    }
    throttle.succeeded("10.0.0.1");
    assertThat(throttle.admit("10.0.0.1")).isEmpty();
  }

  @Test
  void aSessionEndsTwelveHoursAfterItsLoginHoweverBusy() {
    try (RunningConsole console = RunningConsole.withPassword(new FakeServiceConsole(), PASSWORD)) {
      ConsoleClient client = console.client();
      client.logIn(PASSWORD);
      for (int minutes = 20; minutes < 12 * 60; minutes += 20) {
        console.clock.advance(Duration.ofMinutes(20));
        assertThat(client.get("/").statusCode()).as("after %d min", minutes).isEqualTo(200);
      }
      console.clock.advance(Duration.ofMinutes(20));
      assertThat(client.get("/").statusCode()).isEqualTo(303);
    }
  }

  @Test
  void theSessionLimitsAreConfigurable() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC);
    FakeServiceConsole service = new FakeServiceConsole();
    ConsoleSettings settings = new ConsoleSettings("127.0.0.1", 0, Optional.of(PASSWORD), Optional.empty())
        .withSessionLimits(Duration.ofMinutes(5), Duration.ofMinutes(8));
    WebConsole web = WebConsole.start(service, settings, new ConsoleOptions(clock, RunningConsole.ZONE,
        ActionLog.to(line -> { })));
    try {
      ConsoleClient client = new ConsoleClient(web);
      client.logIn(PASSWORD);
      clock.advance(Duration.ofMinutes(4));
      assertThat(client.get("/").statusCode()).isEqualTo(200);
      clock.advance(Duration.ofMinutes(4));
      assertThat(client.get("/").statusCode()).as("8 min after the login").isEqualTo(303);
    } finally {
      web.close();
    }
    assertThatThrownBy(() -> WebConsole.start(service, settings.withSessionLimits(Duration.ofHours(2),
        Duration.ofHours(1)))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idle");
  }

  @Test
  void personalUsersLogInByNameAndEveryActionNamesThem() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC);
    FakeServiceConsole service = new FakeServiceConsole();
    List<String> actions = new CopyOnWriteArrayList<>();
    ConsoleSettings settings = ConsoleSettings.withoutPassword("127.0.0.1", 0).withUsers(Map.of(
        "иванова", BCrypt.hashpw("пароль Ивановой", BCrypt.gensalt(4)),
        "petrov", BCrypt.hashpw("пароль Петрова", BCrypt.gensalt(4))));
    WebConsole web = WebConsole.start(service, settings, new ConsoleOptions(clock, RunningConsole.ZONE,
        ActionLog.to(actions::add)));
    try {
      ConsoleClient client = new ConsoleClient(web);
      HttpResponse<String> form = client.get("/login");
      assertThat(form.body()).contains("name=\"user\"").contains("Пользователь");
      HttpResponse<String> wrong = client.post("/login", Map.of("user", "иванова", "password", "пароль Петрова"));
      assertThat(wrong.statusCode()).isEqualTo(401);
      assertThat(wrong.body()).contains("Неверное имя пользователя или пароль.");
      assertThat(client.post("/login", Map.of("user", "сидоров", "password", "пароль Петрова")).statusCode())
          .isEqualTo(401);
      assertThat(client.post("/login", Map.of("user", "иванова", "password", "пароль Ивановой", "next", "/"))
          .statusCode()).isEqualTo(303);
      assertThat(client.get("/").body()).contains("иванова (сеанс");
      assertThat(client.post("/passes", REGISTER).statusCode()).isEqualTo(303);
      assertThat(service.starts()).singleElement().asString().endsWith("by иванова (сеанс 1, 127.0.0.1)");
      assertThat(actions).containsExactly(
          "console: сеанс 1 (127.0.0.1): неверное имя или пароль при входе (пользователь иванова)",
          "console: сеанс 1 (127.0.0.1): неверное имя или пароль при входе (нет такого пользователя)",
          "console: иванова (сеанс 1, 127.0.0.1): вошёл",
          "console: иванова (сеанс 1, 127.0.0.1): запустил «Приход» (REGISTER), организация uk, период"
              + " 2026-11-01..2026-11-29: проход 1");
      assertThat(String.join("\n", actions)).doesNotContain("пароль Петрова").doesNotContain("пароль Ивановой");
    } finally {
      web.close();
    }
  }

  @Test
  void personalUsersBesideTheOnePasswordOrWithABadHashAreRefused() {
    FakeServiceConsole service = new FakeServiceConsole();
    String hash = BCrypt.hashpw("x", BCrypt.gensalt(4));
    assertThatThrownBy(() -> WebConsole.start(service, new ConsoleSettings("127.0.0.1", 0, Optional.of(PASSWORD),
        Optional.empty()).withUsers(Map.of("иванова", hash)))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("keep the users");
    assertThatThrownBy(() -> WebConsole.start(service, ConsoleSettings.withoutPassword("127.0.0.1", 0)
        .withUsers(Map.of("иванова", "secret")))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("console.user.иванова.password-hash is not a bcrypt hash").hasMessageNotContaining("secret");
  }

  @Test
  void personalUsersAllowListeningBeyondTheLoopback() {
    ConsoleSettings settings = ConsoleSettings.withoutPassword("0.0.0.0", 0)
        .withUsers(Map.of("иванова", BCrypt.hashpw("x", BCrypt.gensalt(4))));
    assertThat(AccessPolicy.of(settings).passwordRequired()).isTrue();
  }

  /** Sends {@code count} GET requests without any cookie, as a script would. */
  private static void flood(WebConsole web, int count) throws Exception {
    HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      statuses.add(anonymous.send(HttpRequest.newBuilder(URI.create(web.url() + "history")).GET().build(),
          HttpResponse.BodyHandlers.discarding()).statusCode());
    }
    assertThat(statuses).hasSize(count);
  }
}
