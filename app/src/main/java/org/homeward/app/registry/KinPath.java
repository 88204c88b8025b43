package org.homeward.app.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Sex;
import org.homeward.kinship.family.Relation;

/**
 * How a person of a family's pedigree is related to one of its missing persons, as the family stated it:
 * the relationship words from the person outwards ("the father of the brother of …"), ending at a missing
 * person. Persons the pedigree added only to connect others ("father of R-3") are said the same way.
 * Words are {@link Relation} names, or {@code PARTNER_MALE}/{@code PARTNER_FEMALE} for the other parent of
 * someone's children; {@link KinWords} says them in the reader's language.
 *
 * @param words          outermost first: [FATHER, BROTHER] is the father of the brother of {@code missingPersonId}
 * @param missingPersonId the missing person the words end at (MP-n)
 */
public record KinPath(List<String> words, String missingPersonId) {

    private static final String[][] PLACEHOLDERS = {{"father of ", "FATHER"}, {"mother of ", "MOTHER"}, {"partner of ", "PARTNER"}};

    public KinPath {
        words = List.copyOf(words);
        Objects.requireNonNull(missingPersonId, "missingPersonId");
    }

    /**
     * The path of {@code pedigreeId} in the family, or empty words when it is a missing person itself;
     * null when the family's statements do not lead from it to a missing person.
     */
    public static KinPath of(Family family, Pedigree pedigree, String pedigreeId) {
        List<String> words = new ArrayList<>();
        String at = pedigreeId;
        for (int step = 0; step <= pedigree.size(); step++) {
            String current = at;
            if (family.missingPersons().stream().anyMatch(p -> p.id().equals(current)) && !words.isEmpty()) {
                return new KinPath(words, current);
            }
            String[] next = stated(family, pedigree, current);
            if (next == null) {
                return null;
            }
            words.add(next[0]);
            at = next[1];
        }
        return null;
    }

    /** {word, of}: what the family stated for a member, or what a connecting person's id says. */
    private static String[] stated(Family family, Pedigree pedigree, String id) {
        for (MissingPerson p : family.missingPersons()) {
            if (p.id().equals(id)) {
                return p.relationWords() == null ? null : new String[] {word(Relation.parse(p.relationWords()), p.sex()), p.relationOf()};
            }
        }
        for (Relative r : family.relatives()) {
            if (r.id().equals(id)) {
                return new String[] {word(Relation.parse(r.relationWords()), r.sex()), r.relationOf()};
            }
        }
        for (String[] placeholder : PLACEHOLDERS) {
            if (id.startsWith(placeholder[0])) {
                int index = pedigree.indexOf(id);
                String word = placeholder[1].equals("PARTNER") ? "PARTNER_" + (index >= 0 && pedigree.sex(index) == Sex.FEMALE ? "FEMALE" : "MALE")
                        : placeholder[1];
                return new String[] {word, id.substring(placeholder[0].length())};
            }
        }
        return null;
    }

    /** The relation's word, a sibling, child, spouse or grandchild of known sex said as brother, son, husband…. */
    private static String word(Relation relation, Sex sex) {
        if (relation.impliedSex() != null || sex == null || sex == Sex.UNKNOWN) {
            return relation.name();
        }
        boolean male = sex == Sex.MALE;
        return switch (relation) {
            case SIBLING -> male ? "BROTHER" : "SISTER";
            case CHILD -> male ? "SON" : "DAUGHTER";
            case SPOUSE -> male ? "HUSBAND" : "WIFE";
            case GRANDCHILD -> male ? "GRANDSON" : "GRANDDAUGHTER";
            case PATERNAL_HALF_SIBLING -> male ? "PATERNAL_HALF_BROTHER" : "PATERNAL_HALF_SISTER";
            case MATERNAL_HALF_SIBLING -> male ? "MATERNAL_HALF_BROTHER" : "MATERNAL_HALF_SISTER";
            default -> relation.name();
        };
    }
}
