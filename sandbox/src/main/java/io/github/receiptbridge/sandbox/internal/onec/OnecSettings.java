package io.github.receiptbridge.sandbox.internal.onec;

import io.github.receiptbridge.sandbox.internal.onec.store.DemoSpan;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * Everything the 1C OData simulator is started with.
 *
 * @param port               port on 127.0.0.1, 0 for any free one
 * @param user               the infobase user
 * @param password           the user's password
 * @param basePath           the publication's path, for example {@code acc}
 * @param receiptProperties  whether the three {@code СчетМаш_} properties exist
 * @param demo               the days to seed demo data for, or {@code null}
 * @param registerPostStatus 200 or 201 for a created register record
 * @param countBom           whether {@code $count} answers start with a UTF-8 BOM
 * @param zone               the zone of the simulated server's local date-times
 */
public record OnecSettings(int port, String user, String password, String basePath, boolean receiptProperties,
    @Nullable DemoSpan demo, int registerPostStatus, boolean countBom, ZoneId zone) {
}
