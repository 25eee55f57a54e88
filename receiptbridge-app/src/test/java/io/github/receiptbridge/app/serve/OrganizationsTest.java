package io.github.receiptbridge.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationsTest {
  private final OrganizationUnit uk = new ScriptedWork().unit("uk");
  private final OrganizationUnit tsj = new ScriptedWork().unit("tsj");

  @Test
  void organizationsKeepTheirConfigurationOrderAndAreFoundByKey() {
    Organizations organizations = new Organizations(List.of(uk, tsj));

    assertThat(organizations.keys()).containsExactly("uk", "tsj");
    assertThat(organizations.views()).extracting(OrganizationView::key).containsExactly("uk", "tsj");
    assertThat(organizations.get("tsj")).isSameAs(tsj);
    assertThatThrownBy(() -> organizations.get("nope")).isInstanceOf(UnknownOrganizationException.class)
        .hasMessageContaining("nope");
  }

  @Test
  void oneKeyServesOneOrganization() {
    assertThatThrownBy(() -> new Organizations(List.of(uk, new ScriptedWork().unit("uk"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("uk");
  }
}
