package org.homeward.kinship.dvi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Display numbers as the reference tables write them (C's %g with 6 significant digits). */
class NumbersTest {

    @Test
    void writesSixSignificantDigitsWithoutTrailingZeros() {
        assertThat(Numbers.format(20, 6)).isEqualTo("20");
        assertThat(Numbers.format(10.5, 6)).isEqualTo("10.5");
        assertThat(Numbers.format(10957.8412, 6)).isEqualTo("10957.8");
        assertThat(Numbers.format(2138870.4, 6)).isEqualTo("2.13887e+06");
        assertThat(Numbers.format(8.387712e-05, 6)).isEqualTo("8.38771e-05");
        assertThat(Numbers.format(0.000972339, 6)).isEqualTo("0.000972339");
        assertThat(Numbers.format(-15.67181, 6)).isEqualTo("-15.6718");
        assertThat(Numbers.format(999999.7, 6)).isEqualTo("1e+06");
        assertThat(Numbers.format(Double.NEGATIVE_INFINITY, 6)).isEqualTo("-Inf");
        assertThat(Numbers.fromLog10(Double.NEGATIVE_INFINITY, 6)).isEqualTo("0");
        assertThat(Numbers.fromLog10(Math.log10(7.72054e13), 6)).isEqualTo("7.72054e+13");
        assertThat(Numbers.fromLog10(450.5, 3)).isEqualTo("3.16e+450");
        assertThat(Numbers.fromLog10(-400, 6)).isEqualTo("1e-400");
    }
}
