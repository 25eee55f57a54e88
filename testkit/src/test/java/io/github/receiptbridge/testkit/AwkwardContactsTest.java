package io.github.receiptbridge.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AwkwardContactsTest {
  @Test
  void everyMobileIsAPlusSevenNumberAndNoEntryIsInBothLists() {
    assertThat(AwkwardContacts.MOBILES.values()).allMatch(number -> number.matches("\\+79\\d{9}"));
    assertThat(AwkwardContacts.NOT_MOBILES).doesNotContainAnyElementsOf(AwkwardContacts.MOBILES.keySet())
        .doesNotHaveDuplicates();
  }
}
