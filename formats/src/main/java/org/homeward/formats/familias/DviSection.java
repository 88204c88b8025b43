package org.homeward.formats.familias;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.homeward.formats.common.ProblemLog;
import org.homeward.formats.familias.Sections.Entry;
import org.homeward.formats.familias.Sections.Section;
import org.homeward.kinship.Sex;

/** Interprets the {@code [DVI]} tree: unidentified persons and reference families. */
final class DviSection {

    static final String UNIDENTIFIED = "Unidentified persons";
    static final String FAMILIES = "Reference Families";

    private final ProblemLog log;
    private final FamDatabase database;

    private DviSection(ProblemLog log, FamDatabase database) {
        this.log = log;
        this.database = database;
    }

    static FamDvi read(Section dvi, FamDatabase database, ProblemLog log) {
        DviSection d = new DviSection(log, database);
        List<DviPerson> unidentified = new ArrayList<>();
        List<DviFamily> families = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (Section s : dvi.children) {
            if (s.name.equals(UNIDENTIFIED)) {
                unidentified.addAll(d.persons(s, "unidentified person"));
            } else if (s.name.equals(FAMILIES)) {
                int n = d.count(s, "nFamilies");
                if (n != s.children.size()) {
                    log.error(s.line, "nFamilies", "nFamilies= " + n + " but " + s.children.size() + " families follow");
                }
                for (Section f : s.children) {
                    families.add(d.family(f));
                }
            } else {
                other.addAll(s.lines);
            }
        }
        Set<String> names = new HashSet<>();
        for (DviPerson p : unidentified) {
            if (!names.add(p.name())) {
                log.error(dvi.line, UNIDENTIFIED, "two unidentified persons are named '" + p.name() + "'");
            }
        }
        return new FamDvi(unidentified, families, other);
    }

    private DviFamily family(Section f) {
        String name = value(f, "Name").orElse("");
        if (name.isEmpty()) {
            log.error(f.line, "Name", "reference family [" + f.name + "] has no name");
        }
        List<DviPerson> persons = f.child("Persons").map(p -> persons(p, "person of family " + name)).orElse(List.of());
        List<DviPedigree> pedigrees = new ArrayList<>();
        Optional<Section> peds = f.child("Pedigrees");
        if (peds.isEmpty()) {
            log.error(f.line, "Pedigrees", "reference family " + name + " has no [Pedigrees] section");
        } else {
            int n = count(peds.get(), "nPedigrees");
            if (n != peds.get().children.size()) {
                log.error(peds.get().line, "nPedigrees", "nPedigrees= " + n + " but " + peds.get().children.size() + " pedigrees follow");
            }
            for (Section p : peds.get().children) {
                pedigrees.add(pedigree(p, name));
            }
        }
        Set<String> names = new HashSet<>();
        for (DviPerson p : persons) {
            if (!names.add(p.name())) {
                log.error(f.line, "Persons", "family " + name + " lists '" + p.name() + "' twice");
            }
        }
        return new DviFamily(name, persons, pedigrees);
    }

    private DviPedigree pedigree(Section p, String family) {
        String name = value(p, "Name").orElse("");
        int n = count(p, "nRelations");
        List<DviPedigree.Relation> relations = new ArrayList<>();
        Entry parent = null;
        for (Entry e : p.entries) {
            switch (e.key()) {
                case "Parent" -> {
                    if (parent != null) {
                        log.error(e.line(), "Parent", "expected Child= after Parent= " + parent.value());
                    }
                    parent = e;
                }
                case "Child" -> {
                    if (parent == null) {
                        log.error(e.line(), "Child", "Child= " + e.value() + " has no Parent= before it");
                    } else if (parent.value().isEmpty() || e.value().isEmpty()) {
                        log.error(e.line(), "Child", "a relation of pedigree " + name + " names nobody");
                    } else if (parent.value().equals(e.value())) {
                        log.error(e.line(), "Child", "'" + e.value() + "' is their own parent in pedigree " + name);
                    } else {
                        relations.add(new DviPedigree.Relation(parent.value(), e.value()));
                    }
                    parent = null;
                }
                case "Name", "nRelations" -> { }
                default -> log.warning(e.line(), e.key(), "unknown key in pedigree " + name + " of family " + family + "; it is not kept");
            }
        }
        if (parent != null) {
            log.error(parent.line(), "Parent", "Parent= " + parent.value() + " has no Child= after it");
        }
        if (n >= 0 && n != relations.size()) {
            log.error(p.line, "nRelations", "nRelations= " + n + " but " + relations.size() + " relations follow");
        }
        return new DviPedigree(name, relations);
    }

    private List<DviPerson> persons(Section s, String what) {
        int n = count(s, "nPersons");
        if (n != s.children.size()) {
            log.error(s.line, "nPersons", "nPersons= " + n + " but " + s.children.size() + " persons follow");
        }
        List<DviPerson> persons = new ArrayList<>();
        for (Section p : s.children) {
            String name = value(p, "Name").orElse("");
            if (name.isEmpty()) {
                log.error(p.line, "Name", what + " [" + p.name + "] has no name");
                continue;
            }
            Sex sex = Sex.UNKNOWN;
            Optional<Entry> gender = entry(p, "Gender");
            if (gender.isPresent()) {
                switch (gender.get().value()) {
                    case "Male" -> sex = Sex.MALE;
                    case "Female" -> sex = Sex.FEMALE;
                    default -> log.error(gender.get().line(), "Gender", "expected Male or Female, found '" + gender.get().value() + "'");
                }
            }
            List<FamGenotype> genotypes = p.child("DNA data").map(d -> genotypes(d, name)).orElse(List.of());
            persons.add(new DviPerson(name, sex, genotypes));
        }
        return persons;
    }

    private List<FamGenotype> genotypes(Section d, String person) {
        int n = count(d, "nSystems");
        List<FamGenotype> out = new ArrayList<>();
        List<Entry> e = d.entries.stream().filter(x -> !x.key().equals("nSystems")).toList();
        if (e.size() != 3 * n) {
            log.error(d.line, "nSystems", "nSystems= " + n + " but " + e.size() / 3 + " systems follow for " + person);
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < e.size(); i += 3) {
            Entry sys = e.get(i);
            Entry a1 = e.get(i + 1);
            Entry a2 = e.get(i + 2);
            if (!sys.key().equals("SystemName") || !a1.key().equals("Allele1") || !a2.key().equals("Allele2")) {
                log.error(sys.line(), sys.key(), "expected SystemName=, Allele1=, Allele2= for " + person);
                continue;
            }
            Optional<FamLocus> locus = database.locus(sys.value());
            if (locus.isEmpty()) {
                log.error(sys.line(), "SystemName", person + " is typed at " + sys.value() + ", which the database does not list");
                continue;
            }
            if (!seen.add(sys.value())) {
                log.error(sys.line(), "SystemName", person + " is typed twice at " + sys.value());
                continue;
            }
            boolean ok = true;
            for (Entry a : List.of(a1, a2)) {
                if (!locus.get().alleles().containsKey(a.value())) {
                    log.error(a.line(), a.key(), person + " has allele '" + a.value() + "' at " + sys.value()
                            + ", which the database does not list");
                    ok = false;
                }
            }
            if (ok) {
                out.add(new FamGenotype(sys.value(), a1.value(), a2.value()));
            }
        }
        return out;
    }

    private int count(Section s, String key) {
        Optional<Entry> e = entry(s, key);
        if (e.isEmpty()) {
            log.error(s.line, key, "[" + s.name + "] has no " + key + "=");
            return -1;
        }
        try {
            return Integer.parseInt(e.get().value());
        } catch (NumberFormatException x) {
            log.error(e.get().line(), key, "expected an integer, found '" + e.get().value() + "'");
            return -1;
        }
    }

    private static Optional<Entry> entry(Section s, String key) {
        return s.entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    private static Optional<String> value(Section s, String key) {
        return entry(s, key).map(Entry::value);
    }
}
