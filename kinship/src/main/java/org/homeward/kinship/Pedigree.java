package org.homeward.kinship;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pedigree: persons with sex and both parents or none. Immutable.
 *
 * <p>Persons are held parents-first: index i's parents have indexes below i, so one forward pass
 * visits every parent before its children. {@link #father(int)} and {@link #mother(int)} are −1 for
 * founders. The pedigree may be disconnected and may contain loops (inbreeding, marriages between
 * relatives); it may not contain cycles (nobody is their own ancestor).
 *
 * <p>Build one with {@link #builder()}; {@link Builder#build()} reports every structural error at
 * once, naming the persons.
 */
public final class Pedigree {

    private final String[] ids;
    private final Sex[] sex;
    private final int[] father;
    private final int[] mother;
    private final Map<String, Integer> index;

    /** Trusting constructor: parents-first arrays checked by the builder. */
    private Pedigree(String[] ids, Sex[] sex, int[] father, int[] mother) {
        this.ids = ids;
        this.sex = sex;
        this.father = father;
        this.mother = mother;
        this.index = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            index.put(ids[i], i);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public int size() { return ids.length; }

    public String id(int i) { return ids[i]; }

    public Sex sex(int i) { return sex[i]; }

    /** Index of the father, or −1 for a founder. */
    public int father(int i) { return father[i]; }

    /** Index of the mother, or −1 for a founder. */
    public int mother(int i) { return mother[i]; }

    public boolean isFounder(int i) { return father[i] < 0; }

    /** Index of the person, or −1. */
    public int indexOf(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    /** Index of the person; a clear error naming the id when there is no such person. */
    public int require(String id) {
        int i = indexOf(id);
        if (i < 0) {
            throw new KinshipInputException("no person '" + id + "' in the pedigree");
        }
        return i;
    }

    /** Person ids in parents-first order. */
    public List<String> ids() { return List.of(ids); }

    /** Indexes of i's children, in index order. */
    public int[] children(int i) {
        int[] out = new int[ids.length];
        int n = 0;
        for (int c = i + 1; c < ids.length; c++) {
            if (father[c] == i || mother[c] == i) {
                out[n++] = c;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * This pedigree with every person renamed by {@code rename} (ids must stay distinct). Used by
     * tests that check results do not depend on labels.
     */
    public Pedigree relabel(java.util.function.UnaryOperator<String> rename) {
        Builder b = builder();
        for (int i = 0; i < ids.length; i++) {
            if (isFounder(i)) {
                b.founder(rename.apply(ids[i]), sex[i]);
            } else {
                b.child(rename.apply(ids[i]), sex[i], rename.apply(ids[father[i]]), rename.apply(ids[mother[i]]));
            }
        }
        return b.build();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Pedigree[");
        for (int i = 0; i < ids.length; i++) {
            if (i > 0) {
                s.append(", ");
            }
            s.append(ids[i]).append(sex[i] == Sex.MALE ? "♂" : sex[i] == Sex.FEMALE ? "♀" : "?");
            if (!isFounder(i)) {
                s.append('(').append(ids[father[i]]).append('+').append(ids[mother[i]]).append(')');
            }
        }
        return s.append(']').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pedigree p && Arrays.equals(ids, p.ids) && Arrays.equals(sex, p.sex)
                && Arrays.equals(father, p.father) && Arrays.equals(mother, p.mother);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ids) * 31 + Arrays.hashCode(father);
    }

    /**
     * Collects persons in any order; {@link #build()} checks the whole pedigree and reports every
     * problem at once: duplicate ids, unknown parents, a person with one parent only, a person who is
     * their own parent, a father who is not male or a mother who is not female, and cycles.
     */
    public static final class Builder {
        private record Entry(String id, Sex sex, String father, String mother) { }

        private final List<Entry> entries = new ArrayList<>();

        private Builder() { }

        public Builder founder(String id, Sex sex) {
            return person(id, sex, null, null);
        }

        public Builder child(String id, Sex sex, String father, String mother) {
            return person(id, sex, father, mother);
        }

        /** A person; father and mother both null for a founder. */
        public Builder person(String id, Sex sex, String father, String mother) {
            entries.add(new Entry(id, sex, father, mother));
            return this;
        }

        public Pedigree build() {
            List<String> problems = new ArrayList<>();
            Map<String, Entry> byId = new LinkedHashMap<>();
            for (Entry e : entries) {
                if (e.id == null || e.id.isBlank()) {
                    problems.add("a person has no id");
                    continue;
                }
                if (byId.putIfAbsent(e.id, e) != null) {
                    problems.add("person '" + e.id + "' is listed more than once");
                }
                if (e.sex == null) {
                    problems.add("person '" + e.id + "' has no sex (use UNKNOWN)");
                }
            }
            if (byId.isEmpty() && problems.isEmpty()) {
                problems.add("the pedigree has no persons");
            }
            for (Entry e : byId.values()) {
                boolean hasFather = e.father != null;
                boolean hasMother = e.mother != null;
                if (hasFather != hasMother) {
                    problems.add("person '" + e.id + "' has only one parent ("
                            + (hasFather ? "father '" + e.father + "'" : "mother '" + e.mother + "'")
                            + "); give both parents or none (add an untyped founder)");
                }
                checkParent(e, e.father, Sex.MALE, "father", byId, problems);
                checkParent(e, e.mother, Sex.FEMALE, "mother", byId, problems);
                if (hasFather && e.father.equals(e.mother)) {
                    problems.add("person '" + e.id + "' has '" + e.father + "' as both father and mother");
                }
            }
            if (!problems.isEmpty()) {
                throw new KinshipInputException(problems);
            }
            return order(byId, problems);
        }

        private static void checkParent(Entry child, String parent, Sex required, String role,
                                        Map<String, Entry> byId, List<String> problems) {
            if (parent == null) {
                return;
            }
            if (parent.equals(child.id)) {
                problems.add("person '" + child.id + "' is their own " + role);
                return;
            }
            Entry p = byId.get(parent);
            if (p == null) {
                problems.add("person '" + child.id + "' has " + role + " '" + parent + "', who is not in the pedigree");
            } else if (p.sex != null && p.sex != required) {
                problems.add("person '" + parent + "' is " + role + " of '" + child.id + "' but has sex "
                        + p.sex.name().toLowerCase(java.util.Locale.ROOT));
            }
        }

        /** Topological sort, parents first, stable in input order; reports the persons on cycles. */
        private static Pedigree order(Map<String, Entry> byId, List<String> problems) {
            int n = byId.size();
            List<Entry> list = new ArrayList<>(byId.values());
            Map<String, Integer> pos = new HashMap<>();
            for (int i = 0; i < n; i++) {
                pos.put(list.get(i).id, i);
            }
            int[] newIndex = new int[n];
            Arrays.fill(newIndex, -1);
            String[] ids = new String[n];
            Sex[] sex = new Sex[n];
            int[] fa = new int[n];
            int[] mo = new int[n];
            int placed = 0;
            boolean progress = true;
            while (placed < n && progress) {
                progress = false;
                for (int i = 0; i < n; i++) {
                    if (newIndex[i] >= 0) {
                        continue;
                    }
                    Entry e = list.get(i);
                    int f = e.father == null ? -1 : pos.get(e.father);
                    int m = e.mother == null ? -1 : pos.get(e.mother);
                    if ((f < 0 || newIndex[f] >= 0) && (m < 0 || newIndex[m] >= 0)) {
                        newIndex[i] = placed;
                        ids[placed] = e.id;
                        sex[placed] = e.sex;
                        fa[placed] = f < 0 ? -1 : newIndex[f];
                        mo[placed] = m < 0 ? -1 : newIndex[m];
                        placed++;
                        progress = true;
                    }
                }
            }
            if (placed < n) {
                List<String> stuck = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (newIndex[i] < 0) {
                        stuck.add("'" + list.get(i).id + "'");
                    }
                }
                problems.add("the pedigree has a cycle: persons " + String.join(", ", stuck)
                        + " are (or descend from) their own ancestors");
                throw new KinshipInputException(problems);
            }
            return new Pedigree(ids, sex, fa, mo);
        }
    }
}
