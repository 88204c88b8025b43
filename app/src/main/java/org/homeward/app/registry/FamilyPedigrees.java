package org.homeward.app.registry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Sex;
import org.homeward.kinship.family.FamilyPedigreeBuilder;

/**
 * Builds a family's reference pedigree from its members' relationships in plain words with
 * {@link FamilyPedigreeBuilder}: the anchor (the family's first missing person) first, then every
 * statement whose reference person is already known, so statements may be kept in any order.
 */
final class FamilyPedigrees {

    /** One member of the family: a missing person or a relative, with how they relate to another member. */
    record Member(String id, Sex sex, String relationWords, String relationOf) {
        boolean isAnchor() {
            return relationWords == null;
        }
    }

    /** The pedigree, or the problems that prevent it (every one at once), and the connecting placeholders. */
    record Built(Pedigree pedigree, List<String> problems, List<String> placeholders) {
        boolean ok() {
            return pedigree != null;
        }
    }

    private FamilyPedigrees() {
    }

    static Built build(List<Member> members) {
        List<Member> anchors = members.stream().filter(Member::isAnchor).toList();
        if (anchors.isEmpty()) {
            return new Built(null, List.of("The family has no missing person to build its pedigree from"), List.of());
        }
        Member anchor = anchors.get(0);
        FamilyPedigreeBuilder builder = FamilyPedigreeBuilder.startingWith(anchor.id(), anchor.sex());
        List<String> problems = new ArrayList<>();
        for (Member extra : anchors.subList(1, anchors.size())) {
            problems.add("'" + extra.id() + "': say how they are related to '" + anchor.id() + "'");
        }
        Set<String> known = new HashSet<>(Set.of(anchor.id()));
        List<Member> pending = new ArrayList<>(members.stream().filter(m -> !m.isAnchor()).toList());
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (var it = pending.iterator(); it.hasNext(); ) {
                Member m = it.next();
                if (known.contains(m.relationOf())) {
                    builder.add(m.id(), m.sex() == Sex.UNKNOWN ? null : m.sex(), m.relationWords(), m.relationOf());
                    known.add(m.id());
                    it.remove();
                    progress = true;
                }
            }
        }
        Set<String> ids = new HashSet<>();
        members.forEach(m -> ids.add(m.id()));
        for (Member m : pending) {
            problems.add("'" + m.id() + "' as " + m.relationWords() + " of '" + m.relationOf() + "': "
                    + (ids.contains(m.relationOf()) ? "'" + m.relationOf() + "' is not connected to the family"
                            : "'" + m.relationOf() + "' is not a member of this family"));
        }
        try {
            Pedigree pedigree = builder.build();
            if (!problems.isEmpty()) {
                return new Built(null, problems, List.of());
            }
            return new Built(pedigree, List.of(), builder.placeholders());
        } catch (KinshipInputException refused) {
            problems.addAll(0, refused.problems());
            return new Built(null, problems, List.of());
        }
    }
}
