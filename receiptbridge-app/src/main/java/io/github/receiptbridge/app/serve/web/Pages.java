package io.github.receiptbridge.app.serve.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders the console's pages from their templates in {@code src/main/jte}, which the build compiled to classes of
 * this package (jte, content type HTML): every value a template writes is escaped for where it stands, in text or in
 * an attribute, unless a template says otherwise, and none does. One method per page, each taking the page's view.
 */
final class Pages {
  private final TemplateEngine templates = TemplateEngine.createPrecompiled(null, ContentType.Html,
      Pages.class.getClassLoader(), Pages.class.getPackageName());

  /** «Регистрация чеков», with its notice and table when it has them. */
  String form(FormView page) {
    return render("form.jte", page);
  }

  /** A pass's progress, then its outcome. */
  String pass(PassView page) {
    return render("pass.jte", page);
  }

  /** «История». */
  String history(HistoryView page) {
    return render("history.jte", page);
  }

  /** «Поздние чеки». */
  String late(LateView page) {
    return render("late.jte", page);
  }

  /** «Возвраты». */
  String refunds(RefundsView page) {
    return render("refunds.jte", page);
  }

  /** The login form. */
  String login(LoginView page) {
    return render("login.jte", page);
  }

  /** The confirmation of «Повторить чек». */
  String reissue(ReissueView page) {
    return render("reissue.jte", page);
  }

  /** The confirmation of «Это отдельный платёж». */
  String notDuplicate(NotDuplicateView page) {
    return render("notDuplicate.jte", page);
  }

  /** An error page. */
  String error(ErrorView page) {
    return render("error.jte", page);
  }

  private String render(String template, Object page) {
    StringOutput output = new StringOutput(8192);
    templates.render(template, page, output);
    return output.toString();
  }
}
