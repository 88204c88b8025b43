package org.homeward.kinship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PedigreeBuilderTest {

    @Test
    void reportsEveryStructuralErrorAtOnceNamingThePersons() {
        assertThatThrownBy(() -> Pedigree.builder()
                .founder("A", Sex.MALE)
                .founder("A", Sex.FEMALE)
                .founder("W", Sex.FEMALE)
                .child("B", Sex.MALE, "A", "Z")
                .child("C", Sex.MALE, "W", "A")
                .person("D", Sex.FEMALE, "A", null)
                .build())
                .isInstanceOfSatisfying(KinshipInputException.class, e -> assertThat(e.problems()).containsExactly(
                        "person 'A' is listed more than once",
                        "person 'B' has mother 'Z', who is not in the pedigree",
                        "person 'W' is father of 'C' but has sex female",
                        "person 'A' is mother of 'C' but has sex male",
                        "person 'D' has only one parent (father 'A'); give both parents or none (add an untyped founder)"));
    }

    @Test
    void reportsCyclesWithThePersonsOnThem() {
        assertThatThrownBy(() -> Pedigree.builder()
                .founder("W", Sex.FEMALE)
                .child("X", Sex.MALE, "Y", "W")
                .child("Y", Sex.MALE, "X", "W")
                .build())
                .isInstanceOf(KinshipInputException.class)
                .hasMessage("the pedigree has a cycle: persons 'X', 'Y' are (or descend from) their own ancestors");
    }

    @Test
    void ordersParentsFirstWhateverTheInputOrder() {
        Pedigree p = Pedigree.builder()
                .child("C", Sex.FEMALE, "F", "M")
                .founder("M", Sex.FEMALE)
                .founder("F", Sex.MALE)
                .build();
        int c = p.indexOf("C");
        assertThat(p.father(c)).isLessThan(c);
        assertThat(p.mother(c)).isLessThan(c);
        assertThat(p.id(p.father(c))).isEqualTo("F");
        assertThat(p.children(p.indexOf("M"))).containsExactly(c);
    }
}
