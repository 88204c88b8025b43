package org.homeward.kinship.family;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Sex;

/**
 * Turns relationships stated in plain words into a reference pedigree: "R1 is the mother of MP",
 * "R2 is the paternal half-brother of MP", "MP2 is the son of MP". Each statement names the
 * person it is relative to, so several missing persons of one family (a father and his son, two
 * brothers) share one pedigree.
 *
 * <p>The persons that connect them but are nobody's sample (the father of two brothers, the other
 * parent of a half-sibling) are added untyped with descriptive ids such as {@code "father of MP"}.
 * When a statement later names such a person ("R3 is the father of MP"), the placeholder becomes
 * R3: statements may come in any order. Every conflict is reported at once by {@link #build()}.
 */
public final class FamilyPedigreeBuilder {

    private static final class Node {
        String id;
        Sex sex;
        String father;
        String mother;
        String partner;
        final boolean placeholder;

        Node(String id, Sex sex, boolean placeholder) {
            this.id = id;
            this.sex = sex;
            this.placeholder = placeholder;
        }
    }

    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private FamilyPedigreeBuilder() { }

    /** Starts with the person every other statement will (directly or not) refer to, usually a missing person. */
    public static FamilyPedigreeBuilder startingWith(String id, Sex sex) {
        FamilyPedigreeBuilder b = new FamilyPedigreeBuilder();
        b.nodes.put(id, new Node(id, sex, false));
        return b;
    }

    /**
     * States that {@code person} is the {@code relation} of {@code of}. {@code sex} may be null when
     * the word implies it; it must not contradict the word.
     */
    public FamilyPedigreeBuilder add(String person, Sex sex, Relation relation, String of) {
        String statement = "'" + person + "' as " + relation.words() + " of '" + of + "'";
        Node anchor = nodes.get(of);
        if (anchor == null) {
            problems.add(statement + ": '" + of + "' has not been stated yet");
            return this;
        }
        Sex implied = relation.impliedSex();
        if (implied != null && sex != null && sex != Sex.UNKNOWN && sex != implied) {
            problems.add(statement + ": a " + relation.words() + " cannot be " + sex.name().toLowerCase(java.util.Locale.ROOT));
            return this;
        }
        Sex s = implied != null ? implied : sex == null ? Sex.UNKNOWN : sex;
        if (nodes.containsKey(person) && !nodes.get(person).placeholder) {
            problems.add(statement + ": '" + person + "' is already in the family");
            return this;
        }
        switch (relation) {
            case FATHER, MOTHER -> name(parentOf(anchor, s), person, statement);
            case SON, DAUGHTER, CHILD -> child(person, s, anchor, partnerOf(anchor, statement), statement);
            case BROTHER, SISTER, SIBLING -> child(person, s, node(fatherOf(anchor)), node(motherOf(anchor)), statement);
            case PATERNAL_HALF_BROTHER, PATERNAL_HALF_SISTER, PATERNAL_HALF_SIBLING ->
                    child(person, s, node(fatherOf(anchor)), placeholder("mother of " + person, Sex.FEMALE), statement);
            case MATERNAL_HALF_BROTHER, MATERNAL_HALF_SISTER, MATERNAL_HALF_SIBLING ->
                    child(person, s, placeholder("father of " + person, Sex.MALE), node(motherOf(anchor)), statement);
            case HUSBAND, WIFE, SPOUSE -> {
                if (s == Sex.UNKNOWN) {
                    s = opposite(anchor.sex);
                }
                Node partner = partnerOf(anchor, statement);
                if (partner != null) {
                    if (partner.sex != s) {
                        problems.add(statement + ": the partner of '" + of + "' must be " + partner.sex.name().toLowerCase(java.util.Locale.ROOT));
                    } else {
                        name(partner.id, person, statement);
                    }
                }
            }
            case PATERNAL_GRANDFATHER -> name(fatherOf(node(fatherOf(anchor))), person, statement);
            case PATERNAL_GRANDMOTHER -> name(motherOf(node(fatherOf(anchor))), person, statement);
            case MATERNAL_GRANDFATHER -> name(fatherOf(node(motherOf(anchor))), person, statement);
            case MATERNAL_GRANDMOTHER -> name(motherOf(node(motherOf(anchor))), person, statement);
            case GRANDSON, GRANDDAUGHTER, GRANDCHILD -> {
                Node partner = partnerOf(anchor, statement);
                // The connecting child needs a sex to be a parent; either gives the same autosomal likelihoods.
                Node middle = partner == null ? null
                        : connecting("child of " + of + " and parent of " + person, Sex.MALE, anchor, partner, statement);
                if (middle != null) {
                    child(person, s, middle, placeholder("mother of " + person, Sex.FEMALE), statement);
                }
            }
            case PATERNAL_UNCLE, PATERNAL_AUNT -> {
                Node father = node(fatherOf(anchor));
                child(person, s, node(fatherOf(father)), node(motherOf(father)), statement);
            }
            case MATERNAL_UNCLE, MATERNAL_AUNT -> {
                Node mother = node(motherOf(anchor));
                child(person, s, node(fatherOf(mother)), node(motherOf(mother)), statement);
            }
            case NEPHEW, NIECE -> {
                Node sibling = connecting("sibling of " + of + " and parent of " + person, Sex.MALE,
                        node(fatherOf(anchor)), node(motherOf(anchor)), statement);
                if (sibling != null) {
                    child(person, s, sibling, placeholder("mother of " + person, Sex.FEMALE), statement);
                }
            }
            case PATERNAL_FIRST_COUSIN, MATERNAL_FIRST_COUSIN -> {
                Node parent = node(relation == Relation.PATERNAL_FIRST_COUSIN ? fatherOf(anchor) : motherOf(anchor));
                Node auntOrUncle = connecting("sibling of " + parent.id + " and parent of " + person, Sex.MALE,
                        node(fatherOf(parent)), node(motherOf(parent)), statement);
                if (auntOrUncle != null) {
                    child(person, s, auntOrUncle, placeholder("mother of " + person, Sex.FEMALE), statement);
                }
            }
            default -> problems.add(statement + ": unhandled relationship");
        }
        return this;
    }

    /** The same with the relationship in words, e.g. {@code add("R2", null, "paternal half-brother", "MP")}. */
    public FamilyPedigreeBuilder add(String person, Sex sex, String relationWords, String of) {
        try {
            return add(person, sex, Relation.parse(relationWords), of);
        } catch (IllegalArgumentException e) {
            problems.add("'" + person + "' of '" + of + "': " + e.getMessage());
            return this;
        }
    }

    /** The pedigree, or every problem of every statement at once. */
    public Pedigree build() {
        if (!problems.isEmpty()) {
            throw new KinshipInputException(problems);
        }
        Pedigree.Builder b = Pedigree.builder();
        for (Node n : nodes.values()) {
            boolean parentOfSomebody = nodes.values().stream().anyMatch(c -> n.id.equals(c.father) || n.id.equals(c.mother));
            if (parentOfSomebody && n.sex == Sex.UNKNOWN) {
                throw new KinshipInputException("'" + n.id + "' is a parent in this family: give their sex");
            }
            b.person(n.id, n.sex, n.father, n.mother);
        }
        return b.build();
    }

    /** Ids of the persons added to connect the stated ones (all untyped). */
    public List<String> placeholders() {
        return nodes.values().stream().filter(n -> n.placeholder).map(n -> n.id).toList();
    }

    private Node node(String id) {
        return nodes.get(id);
    }

    private String fatherOf(Node n) {
        if (n.father == null) {
            n.father = placeholder("father of " + n.id, Sex.MALE).id;
            n.mother = n.mother == null ? placeholder("mother of " + n.id, Sex.FEMALE).id : n.mother;
        }
        return n.father;
    }

    private String motherOf(Node n) {
        if (n.mother == null) {
            fatherOf(n);
        }
        return n.mother;
    }

    private String parentOf(Node n, Sex sex) {
        return sex == Sex.MALE ? fatherOf(n) : motherOf(n);
    }

    /** The other parent of n's children; created as an untyped placeholder on first use. */
    private Node partnerOf(Node n, String statement) {
        if (n.partner == null) {
            if (n.sex == Sex.UNKNOWN) {
                problems.add(statement + ": give the sex of '" + n.id + "' first");
                return null;
            }
            n.partner = placeholder("partner of " + n.id, opposite(n.sex)).id;
        }
        return nodes.get(n.partner);
    }

    private Node placeholder(String id, Sex sex) {
        return nodes.computeIfAbsent(id, k -> new Node(k, sex, true));
    }

    private Node child(String id, Sex sex, Node a, Node b, String statement) {
        return child(id, sex, a, b, statement, false);
    }

    /** An untyped person added to connect a stated one (a grandchild's parent, a cousin's parent). */
    private Node connecting(String id, Sex sex, Node a, Node b, String statement) {
        return child(id, sex, a, b, statement, true);
    }

    private Node child(String id, Sex sex, Node a, Node b, String statement, boolean placeholder) {
        if (a == null || b == null) {
            return null;
        }
        Node father = a.sex == Sex.FEMALE ? b : a;
        Node mother = father == a ? b : a;
        Node existing = nodes.get(id);
        Node c = existing != null && existing.placeholder ? existing : new Node(id, sex, placeholder);
        if (existing != null && !existing.placeholder) {
            problems.add(statement + ": '" + id + "' is already in the family");
            return null;
        }
        c.father = father.id;
        c.mother = mother.id;
        nodes.put(id, c);
        return c;
    }

    /** The placeholder {@code placeholderId} becomes the stated person {@code person}. */
    private void name(String placeholderId, String person, String statement) {
        Node p = nodes.get(placeholderId);
        if (!p.placeholder) {
            problems.add(statement + ": that is already '" + placeholderId + "'");
            return;
        }
        Node named = new Node(person, p.sex, false);
        named.father = p.father;
        named.mother = p.mother;
        named.partner = p.partner;
        Map<String, Node> renamed = new LinkedHashMap<>();
        for (Node n : nodes.values()) {
            if (n == p) {
                renamed.put(person, named);
                continue;
            }
            if (placeholderId.equals(n.father)) {
                n.father = person;
            }
            if (placeholderId.equals(n.mother)) {
                n.mother = person;
            }
            if (placeholderId.equals(n.partner)) {
                n.partner = person;
            }
            renamed.put(n.id, n);
        }
        nodes.clear();
        nodes.putAll(renamed);
    }

    private static Sex opposite(Sex s) {
        return s == Sex.MALE ? Sex.FEMALE : s == Sex.FEMALE ? Sex.MALE : Sex.UNKNOWN;
    }
}
