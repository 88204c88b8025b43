package org.homeward.app.registry;

import static org.homeward.app.security.Permission.MISSING_READ;
import static org.homeward.app.security.Permission.MISSING_WRITE;
import static org.homeward.app.security.Permission.NOTIFICATIONS_WRITE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.homeward.app.audit.AuditEvent;
import org.homeward.app.common.FeatureService;
import org.homeward.app.common.InputRefusedException;
import org.homeward.app.common.ListQuery;
import org.homeward.app.common.Page;
import org.homeward.app.common.NotFoundException;
import org.homeward.app.common.Texts;
import org.homeward.app.registry.store.RegistryRepository;
import org.homeward.app.security.Actor;
import org.homeward.app.security.RequiresPermission;
import org.homeward.app.security.StaleRecordException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The missing persons of the registry and their status: a family's report (with the reporting
 * relative), search in either script, the lifecycle of the status ({@link MissingPerson#changeStatus}),
 * possible duplicates and their merge. Every method declares the permission it needs; every write is
 * dated by the injected clock, attributed and audited in its transaction.
 */
@FeatureService
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MissingPersons {

    /** What a new report gave: the missing person, and earlier reports that may be of the same person. */
    public record Report(MissingPerson missingPerson, Relative reporter, List<MissingPerson> possibleDuplicates) {
    }

    /** Whom an identification is of, after following a merged report to its survivor: the record and its family. */
    public record Identified(String missingPersonId, long familyId) {
    }

    private final RegistryRepository repository;
    private final Families families;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /**
     * Records a family's report: a new family, the missing person (status reported missing) and,
     * if given, the reporting relative (whose {@code relationOf} is the missing person). Earlier
     * reports with the same service number, or the same name and date of birth, are returned to be
     * merged or kept apart.
     */
    @Transactional
    @RequiresPermission(MISSING_WRITE)
    public Report reportMissing(NewMissingPerson person, NewRelative reporter) {
        List<InputRefusedException.Problem> problems = check(person, "missingPerson.");
        if (reporter != null) {
            problems.addAll(Families.checkRelative(reporter, "reporter."));
        }
        refuseAny(problems);
        Instant now = clock.instant();
        long familyId = repository.insertFamily(familyNameOf(person.surname()), null, now, Actor.current().name());
        audit(AuditEvent.of("registry.family-created", "family:" + familyId));
        MissingPerson created = insert(familyId, null, null, person, now);
        Relative relative = null;
        if (reporter != null) {
            NewRelative stated = new NewRelative(reporter.fullName(), reporter.fullNameLatin(), reporter.sex(),
                    reporter.relationWords(), created.id(), true, reporter.mayGiveSample(), reporter.contact());
            relative = families.insertRelative(familyId, stated, "reporter.");
        }
        return new Report(created, relative, possibleDuplicatesOf(created));
    }

    /** Adds another missing person to a family: "{@code MP-18} is the son of {@code MP-17}". */
    @Transactional
    @RequiresPermission(MISSING_WRITE)
    public Report addMissingPerson(long familyId, NewMissingPerson person, String relationWords, String relationOf) {
        families.lockFamily(familyId);
        List<InputRefusedException.Problem> problems = check(person, "");
        String words = Texts.singleSpaced(relationWords);
        String of = Texts.singleSpaced(relationOf);
        if (words == null) {
            problems.add(new InputRefusedException.Problem("relationWords", "say how they are related (son, brother...)"));
        }
        if (of == null) {
            problems.add(new InputRefusedException.Problem("relationOf", "say whom they are related to"));
        }
        refuseAny(problems);
        MissingPerson created = insert(familyId, words, of, person, clock.instant());
        families.requirePedigree(familyId, "relationWords");
        repository.touchFamily(familyId, null);
        return new Report(created, null, possibleDuplicatesOf(created));
    }

    @RequiresPermission(MISSING_READ)
    public Optional<MissingPerson> findMissingPerson(String id) {
        return id == null ? Optional.empty() : repository.missingPerson(id);
    }

    @RequiresPermission(MISSING_READ)
    public MissingPerson missingPerson(String id) {
        return findMissingPerson(id).orElseThrow(() -> new NotFoundException("missing person", id));
    }

    /**
     * A page of the missing persons whose names, in either script, contain every word of the query's
     * text (as the start of a word: "шевч" finds Shevchenko), or whose service number it is; filtered
     * by status (a {@link MissingPersonStatus} name), family and the dates last seen; newest reports
     * first unless sorted otherwise. Merged duplicates are left out.
     */
    @RequiresPermission(MISSING_READ)
    public Page<MissingPerson> search(ListQuery query) {
        ListQuery.Filter filter = query.filter();
        String q = Texts.singleSpaced(filter.text());
        List<String> words = q == null ? List.of() : List.of(Transliteration.searchKey(q).split(" ")).stream()
                .filter(w -> !w.isEmpty()).toList();
        return repository.search(words, q, filter.status(MissingPersonStatus.class), filter.familyNumber(), query);
    }

    @RequiresPermission(MISSING_READ)
    public List<StatusChange> statusHistory(String id) {
        missingPerson(id);
        return repository.statusHistory(id);
    }

    /**
     * Changes a missing person's status (dated and attributed), if the change is one the lifecycle
     * allows and the record is still at {@code expectedVersion}.
     */
    @Transactional
    @RequiresPermission(MISSING_WRITE)
    public MissingPerson changeStatus(String id, int expectedVersion, MissingPersonStatus to, String note) {
        return changeTo(missingPerson(id), expectedVersion, to, note);
    }

    /**
     * The families workflow records that the remains were returned to the family
     * ({@link MissingPersonStatus#RETURNED_TO_FAMILY}) or buried ({@link MissingPersonStatus#BURIED}).
     */
    @Transactional
    @RequiresPermission(NOTIFICATIONS_WRITE)
    public MissingPerson recordWorkflowStatus(String id, MissingPersonStatus to, String note) {
        if (to != MissingPersonStatus.RETURNED_TO_FAMILY && to != MissingPersonStatus.BURIED) {
            throw new InputRefusedException("status", "the families workflow records only RETURNED_TO_FAMILY and BURIED");
        }
        MissingPerson person = missingPerson(id);
        if (person.status() == to) {
            return person;
        }
        return changeTo(person, person.version(), to, note);
    }

    /**
     * An identification of this missing person was confirmed (decision {@code decisionId}, remains
     * {@code bodyNumber}): the status becomes {@link MissingPersonStatus#REMAINS_IDENTIFIED}.
     * Called by the families feature on {@code IdentificationConfirmed}, in the confirming
     * transaction and as the confirming analyst; needs no permission of its own. Idempotent. Returns
     * the record that holds the status (the survivor, if the report was merged) and its family, or
     * nothing when the registry has no such missing person.
     */
    @Transactional
    public Optional<Identified> remainsIdentified(String missingPersonId, long decisionId, String bodyNumber) {
        Optional<MissingPerson> found = repository.missingPerson(missingPersonId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MissingPerson person = found.get();
        if (person.isMerged()) {
            return remainsIdentified(person.mergedInto(), decisionId, bodyNumber);
        }
        person.identifyRemains("identification decision " + decisionId + ", remains " + bodyNumber, Actor.current(), clock)
                .ifPresent(change -> save(person, person.version(), change, event -> event.with("decision", decisionId).with("remains", bodyNumber)));
        return Optional.of(new Identified(person.id(), person.familyId()));
    }

    /** Earlier or later reports that look like the same person (same service number, or same name and date of birth). */
    @RequiresPermission(MISSING_READ)
    public List<MissingPerson> possibleDuplicatesOf(String id) {
        return possibleDuplicatesOf(missingPerson(id));
    }

    /** Every pair of records that look like the same person, up to {@code limit}. */
    @RequiresPermission(MISSING_READ)
    public List<PossibleDuplicate> possibleDuplicates(int limit) {
        List<PossibleDuplicate> pairs = new ArrayList<>();
        for (String[] pair : repository.duplicatePairs(Math.max(1, Math.min(limit, 1000)))) {
            pairs.add(new PossibleDuplicate(missingPerson(pair[0]), missingPerson(pair[1]), PossibleDuplicate.Reason.valueOf(pair[2])));
        }
        return pairs;
    }

    /**
     * Merges a duplicate report into the record that survives: the duplicate points to the survivor
     * and leaves lists and pedigrees; nothing is deleted. When the two were reported by different
     * families, the duplicate's family (relatives, other missing persons, samples) joins the
     * survivor's, its statements about the duplicate now about the survivor; the merged family's
     * pedigree must build, or nothing is merged.
     */
    @Transactional
    @RequiresPermission(MISSING_WRITE)
    public MissingPerson merge(String duplicateId, String survivorId, String reason) {
        String why = Texts.singleSpaced(reason);
        if (why == null) {
            throw new InputRefusedException("reason", "say why these reports are of the same person");
        }
        if (duplicateId.equals(survivorId)) {
            throw new InputRefusedException("survivorId", "a record cannot be merged into itself");
        }
        MissingPerson duplicate = missingPerson(duplicateId);
        MissingPerson survivor = missingPerson(survivorId);
        if (duplicate.isMerged()) {
            throw new InputRefusedException("duplicateId", duplicateId + " was already merged into " + duplicate.mergedInto());
        }
        if (survivor.isMerged()) {
            throw new InputRefusedException("survivorId", survivorId + " was itself merged into " + survivor.mergedInto());
        }
        families.lockFamily(Math.min(duplicate.familyId(), survivor.familyId()));
        families.lockFamily(Math.max(duplicate.familyId(), survivor.familyId()));
        Instant now = clock.instant();
        repository.markMerged(duplicateId, survivorId, why, now, Actor.current().name());
        if (duplicate.familyId() != survivor.familyId()) {
            repository.moveMembers(duplicate.familyId(), survivor.familyId(), duplicateId, survivorId);
        } else {
            if (duplicate.relationWords() == null) {
                // the duplicate was the person the pedigree starts from: the survivor takes its place
                repository.setRelation(survivorId, null, null);
            }
            repository.repoint(survivor.familyId(), duplicateId, survivorId);
        }
        repository.insertStatusChange(duplicateId, duplicate.status(), now, Actor.current().name(), "merged into " + survivorId + ": " + why);
        families.requirePedigree(survivor.familyId(), "survivorId");
        repository.touchFamily(survivor.familyId(), null);
        audit(AuditEvent.of("registry.missing-person-merged", "missing-person:" + duplicateId).with("survivor", survivorId)
                .with("reason", why).with("fromFamily", duplicate.familyId()).with("intoFamily", survivor.familyId()));
        events.publishEvent(new FamilyChanged(survivor.familyId()));
        return missingPerson(survivorId);
    }

    // --- for the other rooms of the registry -------------------------------------------------------

    /**
     * Inserts a checked missing person into a family, reported missing, with the Latin spelling (as
     * given, or transliterated) and the keys of search and of the duplicate check; audited.
     */
    MissingPerson insert(long familyId, String words, String of, NewMissingPerson p, Instant now) {
        String id = insertRecord(familyId, words, of, p, now, Actor.current().name());
        audit(AuditEvent.of("registry.missing-person-reported", "missing-person:" + id).with("family", familyId)
                .with("serviceNumber", p.serviceNumber()));
        events.publishEvent(new FamilyChanged(familyId));
        return repository.missingPerson(id).orElseThrow();
    }

    /** Inserts the record as {@link #insert} does, without auditing it (for a caller that audits the whole entry); returns its id. */
    String insertRecord(long familyId, String words, String of, NewMissingPerson p, Instant now, String actor) {
        String surnameLatin = p.surnameLatin() != null ? p.surnameLatin() : Transliteration.toLatin(p.surname());
        String givenLatin = p.givenNamesLatin() != null ? p.givenNamesLatin()
                : p.givenNames() == null ? null : Transliteration.toLatin(p.givenNames());
        String searchKey = searchKeyOf(p.surname() + " " + nullToEmpty(p.givenNames()), surnameLatin + " " + nullToEmpty(givenLatin));
        String id = repository.nextMissingPersonId();
        repository.insertMissingPerson(id, familyId, words, of, p, surnameLatin, givenLatin, searchKey,
                nameKey(p.surname(), p.givenNames()), MissingPersonStatus.REPORTED_MISSING, now, actor);
        return id;
    }

    /** A family is named after the missing person's surname, with its Latin form when it is written in Cyrillic. */
    static String familyNameOf(String surname) {
        return surname + (Transliteration.hasCyrillic(surname) ? " (" + Transliteration.toLatin(surname) + ")" : "");
    }

    // --- helpers -----------------------------------------------------------------------------------

    /** Saves a guarded status change if the record is still at {@code expectedVersion}; audited with its {@code details}. */
    private MissingPerson save(MissingPerson person, int expectedVersion, StatusChange change, UnaryOperator<AuditEvent> details) {
        if (!repository.updateStatus(person.id(), expectedVersion, change.status(), change.changedAt())) {
            throw new StaleRecordException("Missing person " + person.id() + " was changed by someone else meanwhile; reload and try again");
        }
        repository.insertStatusChange(person.id(), change.status(), change.changedAt(), change.changedBy(), change.note());
        audit(details.apply(AuditEvent.of("registry.status-changed", "missing-person:" + person.id()).with("from", person.status())
                .with("to", change.status())));
        return missingPerson(person.id());
    }

    private MissingPerson changeTo(MissingPerson person, int expectedVersion, MissingPersonStatus to, String note) {
        StatusChange change = person.changeStatus(to, Texts.singleSpaced(note), Actor.current(), clock);
        return save(person, expectedVersion, change, event -> event.with("note", change.note()));
    }

    private List<MissingPerson> possibleDuplicatesOf(MissingPerson p) {
        return p.isMerged() ? List.of() : repository.sameAs(p.id(), p.serviceNumber(), nameKey(p.surname(), p.givenNames()), p.dateOfBirth());
    }

    private List<InputRefusedException.Problem> check(NewMissingPerson p, String prefix) {
        List<InputRefusedException.Problem> problems = new ArrayList<>();
        if (p == null) {
            problems.add(InputRefusedException.Problem.absent(prefix, "missingPerson"));
            return problems;
        }
        LocalDate today = LocalDate.now(clock);
        if (p.surname() == null) {
            problems.add(new InputRefusedException.Problem(prefix + "surname", "must not be blank"));
        }
        if (p.sex() == null) {
            problems.add(new InputRefusedException.Problem(prefix + "sex", "must be MALE, FEMALE or UNKNOWN"));
        }
        if (p.dateOfBirth() != null && p.dateOfBirth().isAfter(today)) {
            problems.add(new InputRefusedException.Problem(prefix + "dateOfBirth", "is in the future"));
        }
        if (p.lastSeenOn() != null && p.lastSeenOn().isAfter(today)) {
            problems.add(new InputRefusedException.Problem(prefix + "lastSeenOn", "is in the future"));
        }
        if (p.lastSeenOn() != null && p.dateOfBirth() != null && p.lastSeenOn().isBefore(p.dateOfBirth())) {
            problems.add(new InputRefusedException.Problem(prefix + "lastSeenOn", "is before the date of birth"));
        }
        return problems;
    }

    /** The search words of both spellings: words of the reported name and of its Latin form, without repeats. */
    private static String searchKeyOf(String reported, String latin) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : new String[] {reported, latin}) {
            for (String word : Transliteration.searchKey(text).split(" ")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return String.join(" ", words);
    }

    /** Surname and first given name, normalised: the name part of the duplicate check. */
    private static String nameKey(String surname, String givenNames) {
        return Transliteration.searchKey(surname + " " + (givenNames == null ? "" : givenNames.split(" ")[0]));
    }

    private static void refuseAny(List<InputRefusedException.Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InputRefusedException(problems);
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private void audit(AuditEvent event) {
        events.publishEvent(event);
    }
}
