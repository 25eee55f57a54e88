package io.github.receiptbridge.app.serve;

import io.github.receiptbridge.core.FillRow;
import io.github.receiptbridge.core.Period;
import java.util.List;

/**
 * One page of the «Заполнить» table.
 *
 * @param organizationKey the organization's key
 * @param period the period read
 * @param rows the rows of this page, in 1C's {@code Date, Number} order
 * @param matching how many rows match the filter in all
 * @param total how many documents the period has in all
 * @param page this page's number, 1-based
 * @param pages how many pages the matching rows fill (at least 1)
 */
public record FillPage(String organizationKey, Period period, List<FillRow> rows, int matching, int total, int page,
    int pages) {}
