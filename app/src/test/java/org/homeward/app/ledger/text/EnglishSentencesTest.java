package org.homeward.app.ledger.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** English sentences written for this test: the figures proposed, and no date, ordinal or unit number as a count. */
class EnglishSentencesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            Kyiv, 14 August 2025.                                                                       |
            On 15 June 2025 Ukraine received the bodies of 1,200 soldiers.                              | 1200
            The headquarters said 1,212 bodies had arrived on June 11, 2025.                            | 1212
            Moscow said it had handed over more than 6,000 bodies.                                      | >6000
            Medinsky said Russia handed over 1,000 bodies to Ukraine.                                   | 1000
            The Russian side turned over 563 bodies at the border.                                      | 563
            Over 900 bodies were passed over to the Ukrainian side.                                     | >900
            Up to 300 bodies remain unidentified.                                                       | <300
            About 200 bodies were repatriated.                                                          | ~200
            Between 500 and 600 bodies were expected.                                                   | 500..600
            Officials counted 1,000–1,200 fragments.                                                    | 1000..1200
            The ICRC confirmed that two hundred and forty-five bodies were returned.                    | 245
            Twelve hundred bodies came home in the third phase.                                         | 1200
            Tens of thousands of soldiers have been killed.                                             | 10000..99999
            Thousands of bodies still lie in the fields.                                                | 1000..9999
            The 155th brigade lost many men.                                                            |
            Soldiers of the 92nd Mechanised Brigade were among them.                                    |
            The soldier was 45 years old.                                                               |
            A 19-year-old conscript was among the dead.                                                 |
            Only 40% of the bodies were identified.                                                     |
            The talks lasted 3 days.                                                                    |
            The exchange freed 84 prisoners.                                                            |
            The handover took place at 10:30 on 11.06.2025.                                             |
            In June 2025 Russia returned 1,245 bodies.                                                  | 1245
            Of those, 89 bodies came from near Bakhmut.                                                 | 89
            Ukraine returned 51 bodies to Russia.                                                       | 51
            Kyiv counted 6,057 bodies, Moscow 6,060.                                                    | 6057 6060
            Russia returned 1200 bodies.                                                                | 1200
            Russia returned 1.200 bodies.                                                               | 1200
            Russia returned 1 200 bodies.                                                               | 1200
            Russia returned 1 200 bodies.                                                               | 1200
            At least 757 bodies were returned.                                                          | >757
            A thousand bodies were handed over.                                                         | 1000
            One report says 12 bodies were found.                                                       | 12
            The exchange happened in 2022 and again in 2025.                                            |
            The phase 3 handover brought 1,200 bodies.                                                  | 1200
            Russia offered 2,239 bodies, Medinsky said.                                                 | 2239
            Some 1.5 thousand bodies were returned.                                                     | ~1500
            """)
    void figures_in_english(String sentence, String figures) {
        assertThat(Figures.of(sentence)).isEqualTo(figures == null ? "" : figures);
    }
}
