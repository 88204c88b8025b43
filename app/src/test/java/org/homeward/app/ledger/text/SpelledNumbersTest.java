package org.homeward.app.ledger.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ICU reads the numbers in words; the scale nouns in every case form, and without a multiplier, through the morphology step. */
class SpelledNumbersTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            тисяча двісті                    | 1200
            тисячу двісті                    | 1200
            дві тисячі                       | 2000
            шість тисяч                      | 6000
            шести тисяч                      | 6000
            шістьма тисячами                 | 6000
            тисячею                          | 1000
            двохсот сорока пʼяти             | 245
            пʼятсот                          | 500
            мільйона                         | 1000000
            одна тисяча двісті сорок пʼять   | 1245
            тысяча двести                    | 1200
            двухсот                          | 200
            трех                             | 3
            две тысячи двести тридцать девять | 2239
            тысячей                          | 1000
            шести тысячах                    | 6000
            twelve hundred                   | 1200
            two hundred and forty-five       | 245
            one thousand two hundred         | 1200
            """)
    void reads_numbers_in_words(String words, long value) {
        assertThat(SpelledNumbers.value(List.of(words.split(" ")))).contains(value);
    }

    @ParameterizedTest
    @CsvSource({"тіла", "bodies", "тисячний", "thousandth"})
    void other_words_are_no_numbers(String word) {
        assertThat(SpelledNumbers.value(List.of(word))).isEqualTo(Optional.empty());
    }
}
