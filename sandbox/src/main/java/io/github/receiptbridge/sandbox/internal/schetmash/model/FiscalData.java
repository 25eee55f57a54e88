package io.github.receiptbridge.sandbox.internal.schetmash.model;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * What a fiscalized receipt stores besides its status: the fields of the report payload.
 *
 * @param fnNumber                 fiscal drive serial (tag 1041), 16 characters
 * @param shiftNumber              shift number (tag 1038)
 * @param printedAt                print date-time as the cash register's wall clock shows it (tag 1012)
 * @param fiscalReceiptNumber      receipt number in the shift (tag 1042)
 * @param fiscalDocumentNumber     fiscal document number (tag 1040)
 * @param ecrRegistrationNumber    cash register registration number (tag 1037), 16 characters
 * @param fiscalDocumentAttribute  fiscal sign FPD (tag 1077), 10 digits
 * @param qr                       the stored OFD link / QR query string, or {@code null}
 */
public record FiscalData(String fnNumber, long shiftNumber, LocalDateTime printedAt, long fiscalReceiptNumber,
    long fiscalDocumentNumber, String ecrRegistrationNumber, String fiscalDocumentAttribute, @Nullable String qr) {
}
