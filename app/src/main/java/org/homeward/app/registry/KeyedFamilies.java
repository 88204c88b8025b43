package org.homeward.app.registry;

import static org.homeward.app.security.Permission.MISSING_WRITE;
import static org.homeward.app.security.Permission.PROFILES_WRITE;
import static org.homeward.app.web.Limits.CODE_LENGTH;
import static org.homeward.app.web.Limits.NAME_LENGTH;
import static org.homeward.app.web.Limits.NOTE_LENGTH;
import static org.homeward.app.web.Limits.SHORT_TEXT_LENGTH;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.homeward.app.audit.AuditEvent;
import org.homeward.app.common.FeatureService;
import org.homeward.app.registry.store.RegistryRepository;
import org.homeward.app.common.InputRefusedException;
import org.homeward.app.security.Actor;
import org.homeward.app.genetics.MarkerAlleles;
import org.homeward.app.security.RequiresPermission;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;
import org.homeward.kinship.family.Relation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Families that carry a key of their own (the demonstration's simulated families; a register
 * brought over from elsewhere), entered in one piece: the missing person, the relatives in plain
 * words with their contact, reference sample, consent and typed profile. A family whose key is
 * already in the registry is left as it is, so entering the same families twice changes nothing;
 * {@link #missingPersonsByKey()} finds them again by key.
 */
@FeatureService
@Validated
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class KeyedFamilies {

    /** Where the stored profiles of {@link #enter} are said to come from. */
    private static final String PROFILE_SOURCE = "keyed family entry";

    /**
     * A family to enter. {@code status} is where the missing person stands (reported missing, or
     * already presumed dead by {@code statusNote}'s decision).
     */
    public record KeyedFamily(@NotBlank @Size(max = CODE_LENGTH) String key, @NotNull @Valid NewMissingPerson missingPerson,
                              @NotNull MissingPersonStatus status, @Size(max = NOTE_LENGTH) String statusNote, @NotEmpty List<@NotNull @Valid KeyedRelative> relatives) {

        public KeyedFamily {
            relatives = relatives == null ? null : List.copyOf(relatives);
        }
    }

    /**
     * A relative of the family's missing person ({@code relationWords} say how), with what they
     * gave: contact details, a reference sample and its typed profile, each optional.
     */
    public record KeyedRelative(@NotBlank @Size(max = NAME_LENGTH) String fullName, @NotNull Sex sex,
                                @NotBlank @Size(max = SHORT_TEXT_LENGTH) String relationWords, boolean reporting,
                                @Valid ContactDetails contact, @Valid NewReferenceSample sample, Profile profile) {
    }

    private final RegistryRepository repository;
    private final MissingPersons missingPersons;
    private final ReferenceSamples samples;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** The keys of the families in the registry that have one. */
    public Set<String> keys() {
        return repository.demoKeys();
    }

    /** Key → id of the family's first missing person, for every keyed family. */
    public Map<String, String> missingPersonsByKey() {
        return repository.demoMissingPersons();
    }

    /** Gives a family entered through {@link MissingPersons#reportMissing} a key, so that it is found again by it. */
    @Transactional
    @RequiresPermission(MISSING_WRITE)
    public void key(long familyId, @NotBlank @Size(max = CODE_LENGTH) String key) {
        repository.setDemoKey(familyId, key);
    }

    /**
     * Enters the families whose key is not in the registry yet, in order; returns how many reference
     * profiles were stored. Refused as a whole when a family's relationship words or a profile's
     * sample are wrong.
     */
    @Transactional
    @RequiresPermission(PROFILES_WRITE)
    public int enter(List<@NotNull @Valid KeyedFamily> families) {
        families.forEach(KeyedFamilies::check);
        Set<String> existing = repository.demoKeys();
        Instant at = clock.instant();
        String actor = Actor.current().name();
        int stored = 0;
        int entered = 0;
        for (KeyedFamily family : families) {
            if (existing.add(family.key())) {
                stored += insert(family, at, actor);
                entered++;
            }
        }
        if (entered > 0) {
            events.publishEvent(AuditEvent.of("registry.keyed-families-entered", "registry").with("families", entered)
                    .with("samples", stored));
        }
        return stored;
    }

    private static void check(KeyedFamily family) {
        List<InputRefusedException.Problem> problems = new ArrayList<>();
        for (int i = 0; i < family.relatives().size(); i++) {
            KeyedRelative relative = family.relatives().get(i);
            String at = "families[" + family.key() + "].relatives[" + i + "].";
            try {
                Relation.parse(relative.relationWords());
            } catch (IllegalArgumentException unknown) {
                problems.add(new InputRefusedException.Problem(at + "relationWords", unknown.getMessage()));
            }
            if (relative.profile() != null && relative.sample() == null) {
                problems.add(new InputRefusedException.Problem(at + "profile", "a profile comes with the sample it was typed from"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputRefusedException(problems);
        }
    }

    private int insert(KeyedFamily family, Instant at, String actor) {
        NewMissingPerson person = family.missingPerson();
        long familyId = repository.insertFamily(MissingPersons.familyNameOf(person.surname()), family.key(), at, actor);
        String missingPersonId = missingPersons.insertRecord(familyId, null, null, person, at, actor);
        if (family.status() != MissingPersonStatus.REPORTED_MISSING) {
            repository.updateStatus(missingPersonId, 0, family.status(), at);
            repository.insertStatusChange(missingPersonId, family.status(), at, actor, family.statusNote());
        }
        int stored = 0;
        for (KeyedRelative keyed : family.relatives()) {
            String relativeId = repository.nextRelativeId();
            NewRelative relative = new NewRelative(keyed.fullName(), null, keyed.sex(), keyed.relationWords(), missingPersonId,
                    keyed.reporting(), keyed.sample() != null, null);
            repository.insertRelative(relativeId, familyId, relative, Transliteration.toLatin(keyed.fullName()), keyed.sex(), at,
                    actor);
            if (keyed.contact() != null) {
                repository.saveContact(relativeId, keyed.contact(), at, actor);
            }
            if (keyed.sample() != null) {
                repository.insertSample(relativeId, keyed.sample(), at, actor);
            }
            if (keyed.profile() != null) {
                List<MarkerAlleles> markers = new ArrayList<>();
                keyed.profile().genotypes().forEach((marker, pair) -> markers.add(new MarkerAlleles(marker, pair.first(), pair.second())));
                samples.storeProfile(keyed.sample().sampleCode(), relativeId, keyed.sample().consentScope(), keyed.sample().organisations(),
                        markers, PROFILE_SOURCE, at);
                stored++;
            }
        }
        return stored;
    }
}
