package org.homeward.app.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Sex;
import org.homeward.kinship.family.FamilyPedigreeBuilder;
import org.junit.jupiter.api.Test;

class PedigreeDrawingTest {

    @Test
    void generations_are_rows_and_a_parent_with_two_partners_stands_between_them() {
        Pedigree ped = FamilyPedigreeBuilder.startingWith("MP-1", Sex.MALE)
                .add("R-1", null, "mother", "MP-1")
                .add("R-2", null, "paternal half-brother", "MP-1")
                .add("MP-2", Sex.MALE, "son", "MP-1")
                .add("R-3", null, "mother", "MP-2")
                .build();
        int[] gen = PedigreeDrawing.generations(ped);
        assertThat(gen[ped.indexOf("R-1")]).isZero();
        assertThat(gen[ped.indexOf("father of MP-1")]).isZero();
        assertThat(gen[ped.indexOf("MP-1")]).isEqualTo(1);
        assertThat(gen[ped.indexOf("R-2")]).isEqualTo(1);
        assertThat(gen[ped.indexOf("R-3")]).as("married into the family: the row of her partner").isEqualTo(1);
        assertThat(gen[ped.indexOf("MP-2")]).isEqualTo(2);

        double[] x = PedigreeDrawing.layout(ped, gen, 3);
        double father = x[ped.indexOf("father of MP-1")];
        double mother = x[ped.indexOf("R-1")];
        double other = x[ped.indexOf("mother of R-2")];
        assertThat(father).isBetween(Math.min(mother, other), Math.max(mother, other));
        assertThat(x[ped.indexOf("MP-2")]).isBetween(Math.min(x[ped.indexOf("MP-1")], x[ped.indexOf("R-3")]),
                Math.max(x[ped.indexOf("MP-1")], x[ped.indexOf("R-3")]));
    }

    @Test
    void the_drawing_marks_missing_persons_shades_profiled_relatives_and_escapes_names() {
        Pedigree ped = FamilyPedigreeBuilder.startingWith("MP-1", Sex.FEMALE).add("R-1", null, "father", "MP-1").build();
        MissingPerson mp = new MissingPerson("MP-1", 1, null, null, null, "O'Brien <Ann>", null, "O'Brien <Ann>", null, Sex.FEMALE,
                null, null, null, null, null, null, MissingPersonStatus.REPORTED_MISSING, Instant.EPOCH, null, Instant.EPOCH, "t", 0);
        Relative father = new Relative("R-1", 1, "Іван", "Ivan", Sex.MALE, "father", "MP-1", true, true, Instant.EPOCH, "t");
        ReferenceSample sample = new ReferenceSample("S-1", "R-1", null, org.homeward.app.genetics.ConsentScope.IDENTIFICATION_ONLY,
                java.util.Set.of(), Instant.EPOCH, null, null, Instant.EPOCH, "lab");
        Family family = new Family(1, "O'Brien", Instant.EPOCH, "t", 0, List.of(mp), List.of(father), List.of(sample));
        String svg = PedigreeDrawing.svg(ped, family, List.of("mother of MP-1"), PedigreeWords.in(bundles(), java.util.Locale.ENGLISH), true);
        assertThat(svg).contains("class=\"person missing\" data-id=\"MP-1\"").contains("O'Brien &lt;Ann&gt;")
                .contains("class=\"person typed\" data-id=\"R-1\"").contains("fill=\"#444\"")
                .contains("class=\"person connecting\"").contains("mother of O'Brien &lt;Ann&gt;")
                .doesNotContain("<Ann>");
        assertThat(PedigreeDrawing.inNames("'R-1' as father of 'MP-1'", Map.of("R-1", "Іван", "MP-1", "Ann")))
                .isEqualTo("'Іван' as father of 'Ann'");
    }

    @Test
    void without_names_the_drawing_labels_people_by_member_ids_and_relationship_words_in_the_readers_language() {
        Pedigree ped = FamilyPedigreeBuilder.startingWith("MP-1", Sex.FEMALE).add("R-1", null, "father", "MP-1").build();
        MissingPerson mp = new MissingPerson("MP-1", 1, "daughter", "R-1", null, "Petrenko", "Ann", "Petrenko", "Ann", Sex.FEMALE,
                null, null, null, null, null, null, MissingPersonStatus.REPORTED_MISSING, Instant.EPOCH, null, Instant.EPOCH, "t", 0);
        Relative father = new Relative("R-1", 1, "Іван", "Ivan", Sex.MALE, "father", "MP-1", true, true, Instant.EPOCH, "t");
        Family family = new Family(1, "Petrenko", Instant.EPOCH, "t", 0, List.of(mp), List.of(father), List.of());
        String svg = PedigreeDrawing.svg(ped, family, List.of("mother of MP-1"), PedigreeWords.in(bundles(), java.util.Locale.forLanguageTag("uk")),
                false);
        assertThat(svg).doesNotContain("Petrenko").doesNotContain("Іван").doesNotContain("Ann")
                .contains(">MP-1<").contains(">R-1<").contains(">father<").contains("mother of MP-1")
                .contains("Референтний родовід: #1").contains("зникла безвісти особа");
    }

    /** The application's message bundles, without the application. */
    private static org.springframework.context.MessageSource bundles() {
        return org.homeward.app.testing.MessageBundles.messageSource();
    }
}
