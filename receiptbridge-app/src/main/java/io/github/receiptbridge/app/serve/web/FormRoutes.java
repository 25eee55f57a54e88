package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.PlannedAction;
import io.github.receiptbridge.core.ReasonCode;
import io.github.receiptbridge.core.RegistrationException;
import io.github.receiptbridge.app.serve.FillPage;
import io.github.receiptbridge.app.serve.FillQuery;
import io.github.receiptbridge.app.serve.PassKind;
import io.github.receiptbridge.app.serve.RowFacts;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The «Регистрация чеков» form: {@code GET /} (with {@code fill=1}, the table), {@code POST /fill} (the «Заполнить»
 * button), {@code POST /register} (the «Приход» button) and {@code GET /register} (what it will send, to confirm),
 * and «Повторить чек»: {@code GET /reissue} asks for the confirmation, {@code POST /reissue} starts it; likewise
 * «Это отдельный платёж».
 */
final class FormRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(FormRoutes.class);
  private static final String TITLE = "Регистрация чеков";

  private final Parts parts;
  private final PassStarter starter;

  FormRoutes(Parts parts, PassStarter starter) {
    this.parts = parts;
    this.starter = starter;
  }

  /** Adds the routes. */
  void register(RoutesConfig routes) {
    routes.get("/", this::form);
    routes.post("/fill", this::fill);
    routes.post("/register", this::register);
    routes.get("/register", this::preview);
    routes.get("/reissue", this::confirmReissue);
    routes.post("/reissue", this::reissue);
    routes.get("/not-duplicate", this::confirmNotDuplicate);
    routes.post("/not-duplicate", this::notDuplicate);
  }

  private void form(Context ctx) {
    FormInput input = FormInput.read(ctx::queryParam, parts.service());
    FormView page = FormView.of(parts.frame(ctx, TITLE), Guard.session(ctx), parts.service().organizations(), input);
    if (!"1".equals(ctx.queryParam("fill"))) {
      Responses.html(ctx, 200, parts.pages().form(page));
      return;
    }
    TableInput table = TableInput.read(ctx::queryParam);
    try {
      String key = input.organization().key();
      TableFacts read = TableFacts.read(parts.service(), key, input.period());
      RowFacts facts = read.facts();
      FormView shown = read.refundsUnread().map(e -> page.withNotice(Notice.of(Notice.Kind.WARNING, "Возвраты за"
          + " период не прочитаны из 1С, поэтому отметки «Есть возврат» не показаны; остальная таблица верна."
          + " Откройте «Возвраты» позже.").withDetail(e.getMessage()))).orElse(page);
      FillPage rows = parts.service().fill(key, input.period(), table.query().knowing(facts));
      Responses.html(ctx, 200, parts.pages().form(shown.withTable(TableView.of(input, table, rows, facts))));
    } catch (RegistrationException e) {
      LOG.warn("«Заполнить» of {} failed: {}", input.organization().key(), e.getMessage());
      Responses.html(ctx, 502, parts.pages().form(page.withNotice(unreadable(e))));
    }
  }

  /** The notice of a read of 1C that failed: what to do in Russian, the exception's message folded. */
  private static Notice unreadable(RegistrationException e) {
    return Notice.of(Notice.Kind.ERROR, "Не удалось прочитать документы из 1С. Проверьте, что база 1С запущена и"
        + " доступна, и нажмите кнопку ещё раз; если не помогает, передайте администратору «Подробнее».")
        .withDetail(e.getMessage());
  }

  private void fill(Context ctx) {
    FormInput input = FormInput.read(name -> Parts.parameter(ctx, name), parts.service());
    Responses.seeOther(ctx, input.tableLink());
  }

  private void register(Context ctx) {
    FormInput input = FormInput.read(name -> Parts.parameter(ctx, name), parts.service());
    Responses.seeOther(ctx, Links.to("/register", input.parameters()) + "#preview");
  }

  /** What «Приход» will send for the form's organization and period, and the button that confirms it. */
  private void preview(Context ctx) {
    FormInput input = FormInput.read(ctx::queryParam, parts.service());
    FormView page = FormView.of(parts.frame(ctx, TITLE), Guard.session(ctx), parts.service().organizations(), input);
    try {
      List<FillRow> toSend = parts.allRows(input, FillQuery.largestPagesWithAction(PlannedAction.SEND));
      RegisterPreview preview = RegisterPreview.of(input, toSend, parts.service().defaultPeriod().to());
      Responses.html(ctx, 200, parts.pages().form(page.withPreview(preview)));
    } catch (RegistrationException e) {
      LOG.warn("The preview of «Приход» of {} failed: {}", input.organization().key(), e.getMessage());
      Responses.html(ctx, 502, parts.pages().form(page.withNotice(unreadable(e))));
    }
  }

  private void confirmReissue(Context ctx) {
    FormInput input = FormInput.read(ctx::queryParam, parts.service());
    FillRow row = rowInError(input, documentKey(ctx));
    ReissueView page = new ReissueView(parts.frame(ctx, "Повторить чек"), DocumentFacts.of(row),
        row.savedState().receiptId().orElseThrow(), ConfirmationForm.of(Guard.session(ctx), input, row.documentKey()));
    Responses.html(ctx, 200, parts.pages().reissue(page));
  }

  private void reissue(Context ctx) {
    FormInput input = FormInput.read(name -> Parts.parameter(ctx, name), parts.service());
    UUID document = documentKey(ctx);
    if (!confirmed(ctx)) {
      throw Refusal.badRequest("Чек не повторён: сначала подтвердите, что в кабинете Счетмаш чек окончательно"
          + " отклонён.");
    }
    starter.start(ctx, input, PassKind.REISSUE, List.of(document.toString()));
  }

  private void confirmNotDuplicate(Context ctx) {
    FormInput input = FormInput.read(ctx::queryParam, parts.service());
    FillRow row = possibleDuplicate(input, documentKey(ctx));
    NotDuplicateView page = new NotDuplicateView(parts.frame(ctx, "Отдельный платёж"), DocumentFacts.of(row),
        row.incomingNumber(), row.skipReason().map(RussianReasons::text).orElse(""),
        ConfirmationForm.of(Guard.session(ctx), input, row.documentKey()));
    Responses.html(ctx, 200, parts.pages().notDuplicate(page));
  }

  private void notDuplicate(Context ctx) {
    FormInput input = FormInput.read(name -> Parts.parameter(ctx, name), parts.service());
    UUID document = documentKey(ctx);
    if (!confirmed(ctx)) {
      throw Refusal.badRequest("Чек не отправлен: сначала подтвердите, что по выписке банка это отдельный платёж.");
    }
    starter.start(ctx, input, PassKind.NOT_DUPLICATE, List.of(document.toString()));
  }

  /** The document's row, when it is a possible duplicate now. */
  private FillRow possibleDuplicate(FormInput input, UUID document) {
    return row(input, document, FillQuery.largestPagesWithAction(PlannedAction.SKIP),
        row -> row.skipReasonCode().filter(ReasonCode.POSSIBLE_DUPLICATE::equals).isPresent(),
        "Этот документ за период не похож на другой: отправлять отдельно нечего. Нажмите «Заполнить», чтобы "
            + "увидеть, что с ним будет.");
  }

  /** The document's row, when its receipt is in {@code error}. */
  private FillRow rowInError(FormInput input, UUID document) {
    return row(input, document, FillQuery.largestPagesWithStatus("error"),
        row -> row.savedState().receiptId().isPresent(),
        "У документа за этот период нет чека в статусе error: повторять нечего. Нажмите «Заполнить», чтобы "
            + "увидеть текущие статусы.");
  }

  /**
   * The document's row among the period's rows that {@code query} selects, read page by page, when it is {@code
   * wanted}; else a 409 that says {@code otherwise}.
   */
  private FillRow row(FormInput input, UUID document, FillQuery query, Predicate<FillRow> wanted, String otherwise) {
    int pages = 1;
    for (int page = 1; page <= pages; page++) {
      FillPage rows = parts.service().fill(input.organization().key(), input.period(), query.onPage(page));
      Optional<FillRow> found = rows.rows().stream().filter(row -> row.documentKey().equals(document))
          .filter(wanted).findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      pages = rows.pages();
    }
    throw new Refusal(409, otherwise);
  }

  /** Whether the operator ticked the confirmation's box. */
  private static boolean confirmed(Context ctx) {
    return ConfirmationForm.CONFIRMED.equals(Parts.parameter(ctx, ConfirmationForm.CONFIRMED_FIELD));
  }

  private static UUID documentKey(Context ctx) {
    @Nullable String text = Parts.parameter(ctx, "document");
    try {
      if (text != null) {
        return UUID.fromString(text.strip());
      }
    } catch (IllegalArgumentException e) {
      throw Refusal.badRequest("«" + text + "» не ключ документа 1С (Ref_Key).");
    }
    throw Refusal.badRequest("Не указан документ: нажмите кнопку в строке таблицы.");
  }
}
