package io.github.receiptbridge.app.serve.web;

import io.github.receiptbridge.app.serve.OrganizationView;
import java.util.List;
import java.util.Optional;

/**
 * The «Регистрация чеков» form ({@code form.jte}) as the accountant knows it from 1C: organization, period, and the
 * buttons «Заполнить», «Приход», «Проверка статусов чеков» and «Аудит». The buttons post the form with its CSRF token:
 * «Заполнить» to {@code /fill}, which shows the table; «Приход» to {@code /register}, which shows what it will send
 * and asks to confirm; the other two to {@code /passes}, which starts them.
 *
 * @param frame the page's frame
 * @param csrfToken the session's CSRF token
 * @param organizations the organizations to choose from, the chosen one selected
 * @param from the period's first day, {@code YYYY-MM-DD}
 * @param to the period's last day, {@code YYYY-MM-DD}
 * @param notice a notice above the table, if any
 * @param table the «Заполнить» table, once asked for
 * @param preview what «Приход» will send, once it was pressed, in place of the table
 */
record FormView(Frame frame, String csrfToken, List<Choice> organizations, String from, String to,
    Optional<Notice> notice, Optional<TableView> table, Optional<RegisterPreview> preview) {
  /** The form for {@code input} with neither notice nor table. */
  static FormView of(Frame frame, Session session, List<OrganizationView> organizations, FormInput input) {
    List<Choice> choices = Choice.organizations(organizations, input.organization().key());
    return new FormView(frame, session.csrfToken(), choices, input.period().from().toString(),
        input.period().to().toString(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** This form with {@code shown} above the table. */
  FormView withNotice(Notice shown) {
    return new FormView(frame, csrfToken, organizations, from, to, Optional.of(shown), table, preview);
  }

  /** This form with the table {@code shown}. */
  FormView withTable(TableView shown) {
    return new FormView(frame, csrfToken, organizations, from, to, notice, Optional.of(shown), preview);
  }

  /** This form with the preview of «Приход» {@code shown}. */
  FormView withPreview(RegisterPreview shown) {
    return new FormView(frame, csrfToken, organizations, from, to, notice, table, Optional.of(shown));
  }

  /** Never shows the token. */
  @Override
  public String toString() {
    return "FormView[" + frame.title() + ", " + from + " — " + to + "]";
  }
}
