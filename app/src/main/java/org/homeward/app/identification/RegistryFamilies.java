package org.homeward.app.identification;

import java.util.List;

import org.homeward.app.registry.MissingInFamily;
import org.homeward.app.registry.ReferenceFamilyData;
import org.homeward.app.registry.Families;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The registry's families as identification screens them: the family id as text, missing persons by registry id. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RegistryFamilies implements ReferenceFamilySource {

    private final Families families;

    @Override
    public List<Family> referenceFamiliesForMatching() {
        return families.referenceFamiliesForMatching().stream().map(RegistryFamilies::family).toList();
    }

    /** The id under which identification screens the registry's family. */
    static String familyId(long registryFamilyId) {
        return Long.toString(registryFamilyId);
    }

    private static Family family(ReferenceFamilyData data) {
        return new Family(familyId(data.familyId()), data.pedigree(),
                data.missingPersons().stream().map(RegistryFamilies::missing).toList(), data.referenceSampleCodes());
    }

    private static MissingPerson missing(MissingInFamily m) {
        return new MissingPerson(m.missingPersonId(), m.pedigreeId());
    }
}
