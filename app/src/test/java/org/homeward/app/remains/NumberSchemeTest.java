package org.homeward.app.remains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class NumberSchemeTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 16);

    @Test
    void the_default_scheme_numbers_per_date() {
        NumberScheme scheme = NumberScheme.parse("UA-{date}-{seq:4}");

        assertThat(scheme.format(DAY, 1)).isEqualTo("UA-2025-06-16-0001");
        assertThat(scheme.format(DAY, 12345)).isEqualTo("UA-2025-06-16-12345");
        assertThat(scheme.scope(DAY)).isEqualTo("UA-2025-06-16-{seq}");
        assertThat(scheme.scope(DAY.plusDays(1))).isNotEqualTo(scheme.scope(DAY));
    }

    @Test
    void other_schemes() {
        assertThat(NumberScheme.parse("DNA-{year}-{seq:6}").format(DAY, 42)).isEqualTo("DNA-2025-000042");
        assertThat(NumberScheme.parse("M{date:yyMMdd}/{seq}").format(DAY, 7)).isEqualTo("M250616/7");
        assertThat(NumberScheme.parse("B{seq:3}").scope(DAY)).isEqualTo("B{seq}");
    }

    @Test
    void bad_schemes_are_refused_with_the_reason() {
        assertThatThrownBy(() -> NumberScheme.parse("UA-{date}")).hasMessageContaining("exactly one {seq}");
        assertThatThrownBy(() -> NumberScheme.parse("UA-{seq}-{seq}")).hasMessageContaining("exactly one {seq}");
        assertThatThrownBy(() -> NumberScheme.parse("UA-{day}-{seq}")).hasMessageContaining("{day} is unknown");
        assertThatThrownBy(() -> NumberScheme.parse("UA {seq}")).hasMessageContaining("letters, digits");
        assertThatThrownBy(() -> NumberScheme.parse("UA-{seq:0}")).hasMessageContaining("width");
    }
}
