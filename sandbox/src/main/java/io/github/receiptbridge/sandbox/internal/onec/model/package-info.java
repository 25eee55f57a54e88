/**
 * The simulated part of the 1C:Бухгалтерия предприятия 3.0 metadata: entity types, their properties in 1C order,
 * EDM types, enumerations, and the value shapes entities hand out. <strong>Not API</strong>: public only because
 * Java needs it; may change in any release.
 */
@NullMarked
package io.github.receiptbridge.sandbox.internal.onec.model;

import org.jspecify.annotations.NullMarked;
