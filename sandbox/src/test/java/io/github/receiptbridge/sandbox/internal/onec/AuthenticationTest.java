package io.github.receiptbridge.sandbox.internal.onec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.sandbox.OnecSandbox;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** HTTP Basic with UTF-8 credentials, and what lies outside the publication. */
class AuthenticationTest {
  private OnecSandbox sandbox;

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void theDefaultCyrillicUserIsAcceptedWithUtf8Credentials() {
    sandbox = OnecSandbox.start();
    OnecHttp http = new OnecHttp(sandbox);

    OnecHttp.Answer answer = http.getAs("Администратор", "пароль", "Catalog_Организации?$format=json");

    assertThat(sandbox.user()).isEqualTo("Администратор");
    assertThat(sandbox.password()).isEqualTo("пароль");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).contains("\"value\": []");
  }

  @Test
  void aConfiguredUserAndPasswordAreTheOnlyOnesAccepted() {
    sandbox = OnecSandbox.builder().user("Бухгалтер Иванова").password("секрет:1").start();
    OnecHttp http = new OnecHttp(sandbox);

    assertThat(http.getAs("Бухгалтер Иванова", "секрет:1", "?$format=json").status()).isEqualTo(200);
    assertThat(http.getAs("Администратор", "пароль", "?$format=json").status()).isEqualTo(401);
  }

  @Test
  void aWrongPasswordOrNoCredentialsAre401WithoutOdataBody() {
    sandbox = OnecSandbox.start();
    OnecHttp http = new OnecHttp(sandbox);

    OnecHttp.Answer wrong = http.getAs("Администратор", "не тот пароль", "Catalog_Организации?$format=json");
    OnecHttp.Answer none = http.getAs(null, null, "Catalog_Организации?$format=json");

    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.contentType()).startsWith("text/html");
    assertThat(wrong.body()).doesNotContain("odata.error").doesNotContain("не тот пароль");
    assertThat(none.status()).isEqualTo(401);
  }

  @Test
  void aChangedPasswordReplacesTheOldOneFromTheNextRequestOn() {
    sandbox = OnecSandbox.start();
    OnecHttp http = new OnecHttp(sandbox);
    assertThat(http.getAs("Администратор", "пароль", "?$format=json").status()).isEqualTo(200);

    sandbox.changePassword("новый пароль");

    OnecHttp.Answer old = http.getAs("Администратор", "пароль", "Catalog_Организации?$format=json");
    assertThat(old.status()).isEqualTo(401);
    assertThat(old.contentType()).startsWith("text/html");
    assertThat(http.getAs("Администратор", "новый пароль", "Catalog_Организации?$format=json").status())
        .isEqualTo(200);
    assertThat(sandbox.password()).isEqualTo("новый пароль");
    assertThat(sandbox.user()).isEqualTo("Администратор");
  }

  @Test
  void thePasswordCanBeChangedBackAndToEmpty() {
    sandbox = OnecSandbox.start();
    OnecHttp http = new OnecHttp(sandbox);

    sandbox.changePassword("");
    assertThat(http.getAs("Администратор", "", "?$format=json").status()).isEqualTo(200);
    sandbox.changePassword("пароль");

    assertThat(http.getAs("Администратор", "пароль", "?$format=json").status()).isEqualTo(200);
    assertThat(http.getAs("Администратор", "", "?$format=json").status()).isEqualTo(401);
  }

  @Test
  void pathsOutsideThePublicationAreThePlatformsHtml404EvenWithoutCredentials() {
    sandbox = OnecSandbox.start();
    OnecHttp http = new OnecHttp(sandbox);

    for (String path : new String[] {"/", "/acc", "/acc/odata/", "/other/odata/standard.odata/", "/acc/hs/x"}) {
      OnecHttp.Answer answer = http.send("GET", HttpUrl.get("http://127.0.0.1:" + sandbox.port() + path), null,
          null, null);
      assertThat(answer.status()).as(path).isEqualTo(404);
      assertThat(answer.body()).as(path).contains("HTTP: Not found");
    }
  }

  @Test
  void theServiceRootAndInfobaseUrlFollowTheBasePath() {
    sandbox = OnecSandbox.builder().basePath("/buh/zkh/").start();

    assertThat(sandbox.infobaseUrl()).isEqualTo("http://127.0.0.1:" + sandbox.port() + "/buh/zkh");
    assertThat(sandbox.serviceRoot()).isEqualTo(sandbox.infobaseUrl() + "/odata/standard.odata/");
    assertThat(new OnecHttp(sandbox).get("Catalog_Организации?$format=json").status()).isEqualTo(200);
  }

  @Test
  void theRequestLogKeepsDecodedLinesInOrder() {
    sandbox = OnecSandbox.start();
    OnecHttp http = new OnecHttp(sandbox);

    http.get("Catalog_Организации?$format=json&$filter=ИНН eq '7701234567'");
    http.getAs(null, null, "?$format=json");

    assertThat(sandbox.requestLog()).containsExactly(
        "GET /acc/odata/standard.odata/Catalog_Организации?$format=json&$filter=ИНН eq '7701234567'",
        "GET /acc/odata/standard.odata/?$format=json");
    assertThat(sandbox.requestCount()).isEqualTo(2);
  }
}
