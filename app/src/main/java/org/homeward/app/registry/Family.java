package org.homeward.app.registry;

import java.time.Instant;
import java.util.List;

/**
 * A family: the missing persons it reported (duplicates merged away are left out), its relatives,
 * and their reference samples.
 */
public record Family(long id, String name, Instant createdAt, String createdBy, int version,
                     List<MissingPerson> missingPersons, List<Relative> relatives, List<ReferenceSample> samples) {

    public Family {
        missingPersons = List.copyOf(missingPersons);
        relatives = List.copyOf(relatives);
        samples = List.copyOf(samples);
    }

    /** Whether {@code memberId} ({@code MP-n} or {@code R-n}) is one of this family's missing persons or relatives. */
    public boolean hasMember(String memberId) {
        return missingPersons.stream().anyMatch(p -> p.id().equals(memberId)) || relatives.stream().anyMatch(r -> r.id().equals(memberId));
    }

    /** The name of a member ({@code MP-n} or {@code R-n}), or the id itself. */
    public String memberName(String memberId) {
        for (MissingPerson person : missingPersons) {
            if (person.id().equals(memberId)) {
                return person.name();
            }
        }
        for (Relative relative : relatives) {
            if (relative.id().equals(memberId)) {
                return relative.fullName();
            }
        }
        return memberId;
    }
}
