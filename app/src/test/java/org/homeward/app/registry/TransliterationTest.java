package org.homeward.app.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** KMU 2010, with the examples of the resolution's own table, and search keys in both directions. */
class TransliterationTest {

    @Test
    void transliterates_by_the_national_table_with_its_word_initial_forms() {
        assertThat(Transliteration.toLatin("Шевченко Тарас Григорович")).isEqualTo("Shevchenko Taras Hryhorovych");
        assertThat(Transliteration.toLatin("Згорани")).isEqualTo("Zghorany");
        assertThat(Transliteration.toLatin("Розгон")).isEqualTo("Rozghon");
        assertThat(Transliteration.toLatin("Юрій")).isEqualTo("Yurii");
        assertThat(Transliteration.toLatin("Крюківка")).isEqualTo("Kriukivka");
        assertThat(Transliteration.toLatin("Яготин")).isEqualTo("Yahotyn");
        assertThat(Transliteration.toLatin("Костянтин")).isEqualTo("Kostiantyn");
        assertThat(Transliteration.toLatin("Знам'янка")).isEqualTo("Znamianka");
        assertThat(Transliteration.toLatin("Феодосія")).isEqualTo("Feodosiia");
        assertThat(Transliteration.toLatin("Єнакієве")).isEqualTo("Yenakiieve");
        assertThat(Transliteration.toLatin("Їжакевич")).isEqualTo("Yizhakevych");
        assertThat(Transliteration.toLatin("Кадиївка")).isEqualTo("Kadyivka");
        assertThat(Transliteration.toLatin("Йосипівка")).isEqualTo("Yosypivka");
        assertThat(Transliteration.toLatin("Стрий")).isEqualTo("Stryi");
        assertThat(Transliteration.toLatin("Олексій")).isEqualTo("Oleksii");
        assertThat(Transliteration.toLatin("Гадяч")).isEqualTo("Hadiach");
        assertThat(Transliteration.toLatin("Ґалаґан")).isEqualTo("Galagan");
        assertThat(Transliteration.toLatin("Щербухи")).isEqualTo("Shcherbukhy");
        assertThat(Transliteration.toLatin("Харків")).isEqualTo("Kharkiv");
        assertThat(Transliteration.toLatin("Русь")).isEqualTo("Rus");
        assertThat(Transliteration.toLatin("Короп'є")).isEqualTo("Koropie");
        assertThat(Transliteration.toLatin("Біла Церква")).isEqualTo("Bila Tserkva");
        assertThat(Transliteration.toLatin("ШЕВЧЕНКО")).isEqualTo("SHEVCHENKO");
        assertThat(Transliteration.toLatin("Smith")).isEqualTo("Smith");
    }

    @Test
    void a_name_in_either_script_has_one_search_key() {
        assertThat(Transliteration.searchKey("Шевченко")).isEqualTo(Transliteration.searchKey("Shevchenko"));
        assertThat(Transliteration.searchKey("Юрій Ковальчук")).isEqualTo(Transliteration.searchKey("Yuriy Kovalchuk"));
        assertThat(Transliteration.searchKey("Юрій")).isEqualTo(Transliteration.searchKey("Iurii"));
        assertThat(Transliteration.searchKey("Михайло")).isEqualTo(Transliteration.searchKey("Mykhaylo"));
        assertThat(Transliteration.searchKey("Ševčenko")).isEqualTo(Transliteration.searchKey("Шевченко"));
        assertThat(Transliteration.searchKey("  O'Neill, Anna-Maria ")).isEqualTo("o neil ana mara");
        assertThat(Transliteration.searchKey("Шевченко")).isNotEqualTo(Transliteration.searchKey("Шевчук"));
    }
}
