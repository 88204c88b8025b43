package org.homeward.kinship.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.ReferenceFamily;
import org.homeward.kinship.Sex;
import org.junit.jupiter.api.Test;

class FamilyPedigreeBuilderTest {

    static final Marker L = Marker.builder("L").allele("a", 0.1).allele("b", 0.2).allele("c", 0.3).allele("d", 0.4).build();

    static double lr(Pedigree ped, String missing, Map<String, Profile> refs, String a, String b) {
        return ReferenceFamily.prepare(ped, missing, List.of(L), refs).lr(Profile.builder("R").put("L", a, b).build()).lr();
    }

    static Profile typed(String id, String a, String b) {
        return Profile.builder(id).put("L", a, b).build();
    }

    @Test
    void motherAndPaternalHalfBrotherGiveTheSameLrAsTheHandDrawnPedigree() {
        Pedigree fromWords = FamilyPedigreeBuilder.startingWith("MP", Sex.MALE)
                .add("R1", null, "Mother", "MP")
                .add("R2", null, "paternal half-brother", "MP")
                .build();
        Pedigree drawn = Pedigree.builder().founder("F", Sex.MALE).founder("R1", Sex.FEMALE).founder("W", Sex.FEMALE)
                .child("MP", Sex.MALE, "F", "R1").child("R2", Sex.MALE, "F", "W").build();
        Map<String, Profile> refs = Map.of("R1", typed("R1", "a", "b"), "R2", typed("R2", "c", "d"));
        for (String[] g : new String[][] {{"a", "c"}, {"b", "d"}, {"a", "a"}, {"c", "d"}}) {
            assertThat(lr(fromWords, "MP", refs, g[0], g[1])).isCloseTo(lr(drawn, "MP", refs, g[0], g[1]), within(1e-12));
        }
        assertThat(fromWords.sex(fromWords.indexOf("R2"))).isEqualTo(Sex.MALE);
    }

    @Test
    void statementsMayComeInAnyOrderAndNamePlaceholdersLater() {
        Pedigree p = FamilyPedigreeBuilder.startingWith("MP", Sex.MALE)
                .add("S", Sex.FEMALE, "sister", "MP")
                .add("R1", null, "mother", "MP")
                .build();
        int mp = p.indexOf("MP");
        int s = p.indexOf("S");
        assertThat(p.id(p.mother(mp))).isEqualTo("R1");
        assertThat(p.mother(s)).isEqualTo(p.mother(mp));
        assertThat(p.father(s)).isEqualTo(p.father(mp));
        assertThat(p.id(p.father(mp))).isEqualTo("father of MP");
    }

    @Test
    void severalMissingPersonsShareOnePedigree() {
        // A father and his son are both missing; the son's mother and the father's brother gave samples.
        Pedigree p = FamilyPedigreeBuilder.startingWith("MP1", Sex.MALE)
                .add("MP2", null, "son", "MP1")
                .add("W", null, "wife", "MP1")
                .add("U", null, "brother", "MP1")
                .build();
        int son = p.indexOf("MP2");
        assertThat(p.id(p.father(son))).isEqualTo("MP1");
        assertThat(p.id(p.mother(son))).isEqualTo("W");
        assertThat(p.father(p.indexOf("U"))).isEqualTo(p.father(p.indexOf("MP1")));
        // The son's LR against his mother and paternal uncle: uncle a/b, mother c/d, son a/c.
        Map<String, Profile> refs = Map.of("W", typed("W", "c", "d"), "U", typed("U", "a", "b"));
        // The allele MP1 passes on is IBD with one of his brother's two alleles with probability ½, so it is
        // a with probability ½·½ + ½·p_a = 0.3; the mother passes c with probability ½: LR = 0.3 · ½ / (2 p_a p_c).
        assertThat(lr(p, "MP2", refs, "a", "c")).isCloseTo(0.3 * 0.5 / (2 * 0.1 * 0.3), within(1e-12));
    }

    @Test
    void grandparentsUnclesCousinsAndGrandchildrenConnectThroughUntypedPersons() {
        FamilyPedigreeBuilder b = FamilyPedigreeBuilder.startingWith("MP", Sex.FEMALE)
                .add("GM", null, "grandmother (maternal)", "MP")
                .add("A", null, "paternal aunt", "MP")
                .add("C", Sex.MALE, "maternal first cousin", "MP")
                .add("G", null, "granddaughter", "MP")
                .add("N", null, "nephew", "MP");
        Pedigree p = b.build();
        int mp = p.indexOf("MP");
        assertThat(p.id(p.mother(p.mother(mp)))).isEqualTo("GM");
        assertThat(p.father(p.indexOf("A"))).isEqualTo(p.father(p.father(mp)));
        assertThat(b.placeholders()).contains("father of MP", "mother of MP", "child of MP and parent of G");
        int g = p.indexOf("G");
        assertThat(p.id(p.mother(p.father(g)))).isEqualTo("MP");
    }

    @Test
    void reportsEveryBadStatementAtOnce() {
        assertThatThrownBy(() -> FamilyPedigreeBuilder.startingWith("MP", Sex.MALE)
                .add("R1", Sex.MALE, "mother", "MP")
                .add("R2", null, "uncle", "MP")
                .add("R3", null, "brother", "X")
                .add("R4", null, "godfather", "MP")
                .build())
                .isInstanceOfSatisfying(KinshipInputException.class, e -> {
                    assertThat(e.problems()).hasSize(4);
                    assertThat(e.problems().get(0)).isEqualTo("'R1' as mother of 'MP': a mother cannot be male");
                    assertThat(e.problems().get(1)).startsWith("'R2' of 'MP': 'uncle' is not a relationship Homeward knows "
                            + "(say whether it is paternal or maternal)");
                    assertThat(e.problems().get(2)).isEqualTo("'R3' as brother of 'X': 'X' has not been stated yet");
                    assertThat(e.problems().get(3)).startsWith("'R4' of 'MP': 'godfather' is not a relationship Homeward knows; known: father, mother");
                });
    }

    @Test
    void ukrainianWordsAreReadToo() {
        assertThat(Relation.parse("Мати")).isEqualTo(Relation.MOTHER);
        assertThat(Relation.parse("батько")).isEqualTo(Relation.FATHER);
        assertThat(Relation.parse("син")).isEqualTo(Relation.SON);
        assertThat(Relation.parse("донька")).isEqualTo(Relation.DAUGHTER);
        assertThat(Relation.parse("рідний брат")).isEqualTo(Relation.BROTHER);
        assertThat(Relation.parse("зведений брат по батькові")).isEqualTo(Relation.PATERNAL_HALF_BROTHER);
        assertThat(Relation.parse("сестра по матері")).isEqualTo(Relation.MATERNAL_HALF_SISTER);
        assertThat(Relation.parse("єдиноутробна сестра")).isEqualTo(Relation.MATERNAL_HALF_SISTER);
        assertThat(Relation.parse("бабуся по батькові")).isEqualTo(Relation.PATERNAL_GRANDMOTHER);
        assertThat(Relation.parse("дід по матері")).isEqualTo(Relation.MATERNAL_GRANDFATHER);
        assertThat(Relation.parse("дядько по батькові")).isEqualTo(Relation.PATERNAL_UNCLE);
        assertThat(Relation.parse("тітка по матері")).isEqualTo(Relation.MATERNAL_AUNT);
        assertThat(Relation.parse("двоюрідний брат по батькові")).isEqualTo(Relation.PATERNAL_FIRST_COUSIN);
        assertThat(Relation.parse("онука")).isEqualTo(Relation.GRANDDAUGHTER);
        assertThat(Relation.parse("онучка")).isEqualTo(Relation.GRANDDAUGHTER);
        assertThat(Relation.parse("онук")).isEqualTo(Relation.GRANDSON);
        assertThat(Relation.parse("племінниця")).isEqualTo(Relation.NIECE);
        assertThat(Relation.parse("дружина")).isEqualTo(Relation.WIFE);
        assertThatThrownBy(() -> Relation.parse("дядько")).hasMessageStartingWith("'дядько' is not a relationship Homeward knows "
                + "(say whether it is paternal or maternal)");
        assertThatThrownBy(() -> Relation.parse("хрещений")).hasMessageStartingWith("'хрещений' is not a relationship Homeward knows");
        Pedigree p = FamilyPedigreeBuilder.startingWith("MP", Sex.MALE).add("R1", null, "мати", "MP")
                .add("R2", null, "зведений брат по батькові", "MP").build();
        assertThat(p.id(p.mother(p.indexOf("MP")))).isEqualTo("R1");
        assertThat(p.father(p.indexOf("R2"))).isEqualTo(p.father(p.indexOf("MP")));
        assertThat(p.mother(p.indexOf("R2"))).isNotEqualTo(p.mother(p.indexOf("MP")));
    }
}
