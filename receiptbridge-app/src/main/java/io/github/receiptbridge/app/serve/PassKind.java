package io.github.receiptbridge.app.serve;

/** What a pass does; the console's buttons and the schedule start them. */
public enum PassKind {
  /** The scheduled pass: {@code register}, then one {@code status} pass. */
  REGISTER_AND_STATUS("Приход и проверка статусов"),
  /** «Приход»: send every document not yet sent. */
  REGISTER("Приход"),
  /** «Проверка статусов чеков». */
  STATUS("Проверка статусов чеков"),
  /** «Аудит»: compare every receipt with the books; the daily pass. */
  AUDIT("Аудит"),
  /** «Повторить чек»: the operator-confirmed re-issue of named documents. */
  REISSUE("Повторить чек"),
  /** «Отдельный платёж»: «Приход» that also sends the named possible duplicates an operator confirmed as payments. */
  NOT_DUPLICATE("Отдельный платёж");

  private final String title;

  PassKind(String title) {
    this.title = title;
  }

  /** The Russian title the console shows. */
  public String title() {
    return title;
  }

  /** Whether the pass works on documents an operator named, not on the whole period. */
  public boolean namesDocuments() {
    return this == REISSUE || this == NOT_DUPLICATE;
  }
}
