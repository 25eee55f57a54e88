package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.app.serve.PassBusyException;
import io.github.receiptbridge.app.serve.PassKind;
import io.github.receiptbridge.app.serve.PassRecord;
import io.github.receiptbridge.app.serve.PassRequest;
import io.github.receiptbridge.app.serve.PassState;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * Starts a manual pass for a button, logs who started what, and leads to the pass's page; when the organization is
 * busy, shows the form again with what is running and a link to it (409).
 */
final class PassStarter {
  private final Parts parts;

  PassStarter(Parts parts) {
    this.parts = parts;
  }

  /** Starts {@code kind} for {@code input} (with {@code documents} for a re-issue) and answers the request. */
  void start(Context ctx, FormInput input, PassKind kind, List<String> documents) {
    Session session = Guard.session(ctx);
    String what = "«" + kind.title() + "» (" + kind.name() + "), организация " + input.organization().key()
        + ", период " + input.period() + (documents.isEmpty() ? "" : ", документы " + String.join(", ", documents));
    PassRecord pass;
    try {
      pass = parts.service().start(new PassRequest(input.organization().key(), kind, input.period(), documents,
          session.label()));
    } catch (PassBusyException e) {
      parts.options().actionLog().log(session, "не запустил " + what + ": у организации идёт другой проход");
      busy(ctx, input, session, e);
      return;
    } catch (IllegalArgumentException e) {
      throw Refusal.badRequest(e.getMessage() == null ? "Проход не запущен: неверный запрос." : e.getMessage());
    }
    parts.options().actionLog().log(session, "запустил " + what + ": проход " + pass.id());
    Responses.seeOther(ctx, "/passes/" + pass.id());
  }

  private void busy(Context ctx, FormInput input, Session session, PassBusyException e) {
    Optional<PassRecord> running = parts.service().history(PassRoutes.HISTORY_LENGTH).stream()
        .filter(pass -> pass.organizationKey().equals(input.organization().key()))
        .filter(pass -> pass.state() == PassState.RUNNING).findFirst();
    Notice notice = running
        .map(pass -> new Notice(Notice.Kind.BUSY, "У организации «" + input.organization().name() + "» уже идёт «"
            + pass.kind().title() + "» (проход № " + pass.id() + "): дождитесь его окончания и повторите.",
            Optional.of(new Link("/passes/" + pass.id(), "Открыть проход"))))
        .orElseGet(() -> Notice.of(Notice.Kind.BUSY, "У организации «" + input.organization().name()
            + "» только что шёл проход: повторите через минуту.").withDetail(e.getMessage()));
    FormView page = FormView.of(parts.frame(ctx, "Регистрация чеков"), session, parts.service().organizations(),
        input);
    Responses.html(ctx, 409, parts.pages().form(page.withNotice(notice)));
  }
}
