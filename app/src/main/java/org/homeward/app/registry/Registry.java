package org.homeward.app.registry;

import static org.homeward.app.security.Permission.CONSENT_WRITE;
import static org.homeward.app.security.Permission.FAMILY_CONTACT_READ;
import static org.homeward.app.security.Permission.FAMILY_CONTACT_WRITE;
import static org.homeward.app.security.Permission.IDENTIFICATION_RUN;
import static org.homeward.app.security.Permission.MISSING_READ;
import static org.homeward.app.security.Permission.MISSING_WRITE;
import static org.homeward.app.security.Permission.NOTIFICATIONS_WRITE;
import static org.homeward.app.security.Permission.PROFILES_WRITE;
import static org.homeward.app.web.Limits.MAX_ROWS;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.homeward.app.audit.AuditEvent;
import org.homeward.app.common.InputRefusedException;
import org.homeward.app.common.NotFoundException;
import org.homeward.app.genetics.Consent;
import org.homeward.app.genetics.ConsentScope;
import org.homeward.app.genetics.GeneticData;
import org.homeward.app.genetics.LabFile;
import org.homeward.app.genetics.LabImport;
import org.homeward.app.genetics.SampleLinks;
import org.homeward.app.genetics.SubjectRef;
import org.homeward.app.security.AccessBasis;
import org.homeward.app.security.Actor;
import org.homeward.app.security.BreakGlass;
import org.homeward.app.security.RequiresPermission;
import org.homeward.app.security.StaleRecordException;
import org.homeward.formats.common.Strictness;
import org.homeward.kinship.Sex;
import org.homeward.kinship.family.Relation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of the missing: the public surface of the registry feature. Missing persons and their
 * status; the families that reported them, their relatives (contact details restricted and every
 * read audited), the relationships in plain words and the reference pedigree built from them;
 * reference samples with their donors' consent and the lab results attached to them.
 *
 * <p>For identification: {@link #referenceFamiliesForMatching()} gives every family's pedigree and
 * the sample codes of its typed relatives whose consent allows identification; the profiles are
 * read from {@link GeneticData} by sample code.
 *
 * <p>Every method declares the permission it needs; every write is dated by the injected clock,
 * attributed to the signed-in person and written to the audit log in its transaction.
 */
@Service
@Transactional(readOnly = true)
public class Registry {

    /** The subject kind under which reference samples are linked to relatives in {@link GeneticData}. */
    public static final String RELATIVE_SUBJECT = "relative";

    private final RegistryRepository repository;
    private final GeneticData genetics;
    private final BreakGlass breakGlass;
    private final SampleLinks sampleLinks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Registry(RegistryRepository repository, GeneticData genetics, BreakGlass breakGlass, SampleLinks sampleLinks,
             ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.genetics = genetics;
        this.breakGlass = breakGlass;
        this.sampleLinks = sampleLinks;
        this.events = events;
        this.clock = clock;
    }

    /** The break-glass resource name of a relative's contact details. */
    public static String contactResource(String relativeId) {
        return "family-contact:" + relativeId;
    }

    // --- for identification ------------------------------------------------------------------------

    /**
     * Every family whose pedigree can be built, with its missing persons and the sample codes of its
     * relatives whose profile is stored and whose consent is in force (in the registry and in
     * {@link GeneticData}). Families without any such reference are left out; so are families whose
     * relationships have problems (they are listed on their family page).
     */
    @RequiresPermission(IDENTIFICATION_RUN)
    public List<ReferenceFamilyData> referenceFamiliesForMatching() {
        Map<Long, List<RegistryRepository.MemberRow>> members = new LinkedHashMap<>();
        for (RegistryRepository.MemberRow row : repository.allMembers()) {
            members.computeIfAbsent(row.familyId(), id -> new ArrayList<>()).add(row);
        }
        Set<String> eligible = genetics.referenceCodesEligibleForMatching();
        Map<String, String> sampleOfRelative = new HashMap<>();
        for (String[] pair : repository.profiledSamplesWithConsent()) {
            if (eligible.contains(pair[1])) {
                sampleOfRelative.put(pair[0], pair[1]);
            }
        }
        List<ReferenceFamilyData> families = new ArrayList<>();
        members.forEach((familyId, rows) -> referenceFamily(familyId, rows, sampleOfRelative).ifPresent(families::add));
        return families;
    }

    private static Optional<ReferenceFamilyData> referenceFamily(long familyId, List<RegistryRepository.MemberRow> rows,
                                                                 Map<String, String> sampleOfRelative) {
        Map<String, String> samples = new LinkedHashMap<>();
        List<MissingInFamily> missing = new ArrayList<>();
        for (RegistryRepository.MemberRow row : rows) {
            if (row.status() != null) {
                missing.add(new MissingInFamily(row.id(), row.id(), row.sex(), row.status()));
            } else if (sampleOfRelative.containsKey(row.id())) {
                samples.put(row.id(), sampleOfRelative.get(row.id()));
            }
        }
        if (samples.isEmpty() || missing.isEmpty()) {
            return Optional.empty();
        }
        FamilyPedigrees.Built built = FamilyPedigrees.build(rows.stream().map(RegistryRepository.MemberRow::member).toList());
        if (!built.ok()) {
            return Optional.empty();
        }
        return Optional.of(new ReferenceFamilyData(familyId, built.pedigree(), missing, samples));
    }

    // --- missing persons ---------------------------------------------------------------------------

    /** What a new report gave: the missing person, and earlier reports that may be of the same person. */
    public record Report(MissingPerson missingPerson, Relative reporter, List<MissingPerson> possibleDuplicates) {
    }

    /**
     * Records a family's report: a new family, the missing person (status reported missing) and,
     * if given, the reporting relative (whose {@code relationOf} is the missing person). Earlier
     * reports with the same service number, or the same name and date of birth, are returned to be
     * merged or kept apart.
     */
    @Transactional
    @RequiresPermission(MISSING_WRITE)
    public Report reportMissing(NewMissingPerson person, NewRelative reporter) {
        List<InputRefusedException.Problem> problems = new ArrayList<>(check(person, "missingPerson."));
        if (reporter != null) {
            problems.addAll(checkRelativeFields(reporter, "reporter."));
        }
        if (!problems.isEmpty()) {
            throw new InputRefusedException(problems);
        }
        Instant now = clock.instant();
        long familyId = repository.insertFamily(familyNameOf(person.surname()), null, now, Actor.current().name());
        audit(AuditEvent.of("registry.family-created", "family:" + familyId));
        MissingPerson created = insertMissingPerson(familyId, null, null, person, now);
        Relative relative = null;
        if (reporter != null) {
            NewRelative stated = new NewRelative(reporter.fullName(), reporter.fullNameLatin(), reporter.sex(),
                    reporter.relationWords(), created.id(), true, reporter.mayGiveSample(), reporter.contact());
            relative = addRelativeChecked(familyId, stated, "reporter.");
        }
        return new Report(created, relative, possibleDuplicatesOf(created));
    }

    /** Adds another missing person to a family: "{@code MP-18} is the son of {@code MP-17}". */
    @Transactional
    @RequiresPermission(MISSING_WRITE)
    public Report addMissingPerson(long familyId, NewMissingPerson person, String relationWords, String relationOf) {
        requireFamily(familyId);
        repository.lockFamily(familyId);
        List<InputRefusedException.Problem> problems = new ArrayList<>(check(person, ""));
        String words = Text.clean(relationWords);
        String of = Text.clean(relationOf);
        if (words == null) {
            problems.add(new InputRefusedException.Problem("relationWords", "say how they are related (son, brother...)"));
        }
        if (of == null) {
            problems.add(new InputRefusedException.Problem("relationOf", "say whom they are related to"));
        }
        if (!problems.isEmpty()) {
            throw new InputRefusedException(problems);
        }
        Instant now = clock.instant();
        MissingPerson created = insertMissingPerson(familyId, words, of, person, now);
        requirePedigree(familyId, "relationWords");
        repository.touchFamily(familyId, null);
        return new Report(created, null, possibleDuplicatesOf(created));
    }

    private MissingPerson insertMissingPerson(long familyId, String words, String of, NewMissingPerson p, Instant now) {
        String surnameLatin = p.surnameLatin() != null ? p.surnameLatin() : Transliteration.toLatin(p.surname());
        String givenLatin = p.givenNamesLatin() != null ? p.givenNamesLatin()
                : p.givenNames() == null ? null : Transliteration.toLatin(p.givenNames());
        String searchKey = searchKeyOf(p.surname() + " " + nullToEmpty(p.givenNames()), surnameLatin + " " + nullToEmpty(givenLatin));
        String id = repository.nextMissingPersonId();
        repository.insertMissingPerson(id, familyId, words, of, p, surnameLatin, givenLatin, searchKey, nameKey(p),
                MissingPersonStatus.REPORTED_MISSING, now, Actor.current().name());
        audit(AuditEvent.of("registry.missing-person-reported", "missing-person:" + id).with("family", familyId)
                .with("serviceNumber", p.serviceNumber()));
        return repository.missingPerson(id).orElseThrow();
    }

    /** A family is named after the missing person's surname, with its Latin form when it is written in Cyrillic. */
    static String familyNameOf(String surname) {
        return surname + (Transliteration.hasCyrillic(surname) ? " (" + Transliteration.toLatin(surname) + ")" : "");
    }

    /** The search words of both spellings: words of the reported name and of its Latin form, without repeats. */
    static String searchKeyOf(String reported, String latin) {
        Set<String> words = new java.util.LinkedHashSet<>();
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
    static String nameKey(NewMissingPerson p) {
        String given = p.givenNames() == null ? "" : p.givenNames().split(" ")[0];
        return Transliteration.searchKey(p.surname() + " " + given);
    }

    private List<InputRefusedException.Problem> check(NewMissingPerson p, String prefix) {
        List<InputRefusedException.Problem> problems = new ArrayList<>();
        if (p == null) {
            problems.add(new InputRefusedException.Problem(prefix.isEmpty() ? "missingPerson" : prefix.substring(0, prefix.length() - 1),
                    "is required"));
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

    @RequiresPermission(MISSING_READ)
    public Optional<MissingPerson> findMissingPerson(String id) {
        return id == null ? Optional.empty() : repository.missingPerson(id);
    }

    @RequiresPermission(MISSING_READ)
    public MissingPerson missingPerson(String id) {
        return findMissingPerson(id).orElseThrow(() -> new NotFoundException("missing person", id));
    }

    /**
     * Missing persons whose names, in either script, contain every word of {@code query} (as the
     * start of a word: "шевч" finds Shevchenko), or whose service number is {@code query};
     * newest reports first. Merged duplicates are left out.
     */
    @RequiresPermission(MISSING_READ)
    public List<MissingPerson> search(String query, MissingPersonStatus status, int limit, int offset) {
        String q = Text.clean(query);
        List<String> words = q == null ? List.of() : List.of(Transliteration.searchKey(q).split(" ")).stream()
                .filter(w -> !w.isEmpty()).toList();
        return repository.search(words, q, status, Math.max(1, Math.min(limit, MAX_ROWS)), Math.max(0, offset));
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
        return applyStatus(id, expectedVersion, to, Text.clean(note));
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
        return applyStatus(id, person.version(), to, Text.clean(note));
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
        Optional<Identified> identified = Optional.of(new Identified(person.id(), person.familyId()));
        if (person.status() == MissingPersonStatus.REMAINS_IDENTIFIED || person.status() == MissingPersonStatus.RETURNED_TO_FAMILY
                || person.status() == MissingPersonStatus.BURIED) {
            return identified;
        }
        Instant now = clock.instant();
        if (!repository.updateStatus(person.id(), person.version(), MissingPersonStatus.REMAINS_IDENTIFIED, now)) {
            throw new StaleRecordException("Missing person " + person.id() + " was changed meanwhile");
        }
        String note = "identification decision " + decisionId + ", remains " + bodyNumber;
        repository.insertStatusChange(person.id(), MissingPersonStatus.REMAINS_IDENTIFIED, now, Actor.current().name(), note);
        audit(AuditEvent.of("registry.status-changed", "missing-person:" + person.id()).with("from", person.status())
                .with("to", MissingPersonStatus.REMAINS_IDENTIFIED).with("decision", decisionId).with("remains", bodyNumber));
        return identified;
    }

    /** Whom an identification is of, after following a merged report to its survivor: the record and its family. */
    public record Identified(String missingPersonId, long familyId) {
    }

    private MissingPerson applyStatus(String id, int expectedVersion, MissingPersonStatus to, String note) {
        MissingPerson person = missingPerson(id);
        if (to == null) {
            throw new InputRefusedException("status", "is required");
        }
        if (person.isMerged()) {
            throw new InputRefusedException("id", "this report was merged into " + person.mergedInto() + ": change that record");
        }
        if (!person.status().next().contains(to)) {
            throw new InputRefusedException("status", "cannot change from " + person.status() + " to " + to
                    + (person.status().next().isEmpty() ? " (final status)" : "; allowed: " + person.status().next()));
        }
        Instant now = clock.instant();
        if (!repository.updateStatus(id, expectedVersion, to, now)) {
            throw new StaleRecordException("Missing person " + id + " was changed by someone else meanwhile; reload and try again");
        }
        repository.insertStatusChange(id, to, now, Actor.current().name(), note);
        audit(AuditEvent.of("registry.status-changed", "missing-person:" + id).with("from", person.status()).with("to", to)
                .with("note", note));
        return missingPerson(id);
    }

    /** Earlier or later reports that look like the same person (same service number, or same name and date of birth). */
    @RequiresPermission(MISSING_READ)
    public List<MissingPerson> possibleDuplicatesOf(String id) {
        return possibleDuplicatesOf(missingPerson(id));
    }

    private List<MissingPerson> possibleDuplicatesOf(MissingPerson p) {
        if (p.isMerged()) {
            return List.of();
        }
        String given = p.givenNames() == null ? "" : p.givenNames().split(" ")[0];
        return repository.sameAs(p.id(), p.serviceNumber(), Transliteration.searchKey(p.surname() + " " + given), p.dateOfBirth());
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
        String why = Text.clean(reason);
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
        repository.lockFamily(Math.min(duplicate.familyId(), survivor.familyId()));
        repository.lockFamily(Math.max(duplicate.familyId(), survivor.familyId()));
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
        requirePedigree(survivor.familyId(), "survivorId");
        repository.touchFamily(survivor.familyId(), null);
        audit(AuditEvent.of("registry.missing-person-merged", "missing-person:" + duplicateId).with("survivor", survivorId)
                .with("reason", why).with("fromFamily", duplicate.familyId()).with("intoFamily", survivor.familyId()));
        return missingPerson(survivorId);
    }

    // --- families ----------------------------------------------------------------------------------

    @RequiresPermission(MISSING_READ)
    public Family family(long id) {
        RegistryRepository.FamilyRow row = requireFamily(id);
        return new Family(row.id(), row.name(), row.createdAt(), row.createdBy(), row.version(), repository.missingPersonsOfFamily(id),
                repository.relativesOfFamily(id), repository.samplesOfFamily(id).stream().map(this::shown).toList());
    }

    /** The family's reference pedigree as its relationships build it, with every problem and the drawing. */
    @RequiresPermission(MISSING_READ)
    public FamilyPedigree pedigree(long familyId) {
        return pedigreeOf(family(familyId), null);
    }

    private FamilyPedigree pedigreeOf(Family family, List<FamilyPedigrees.Member> members) {
        List<FamilyPedigrees.Member> stated = members != null ? members : membersOf(family);
        FamilyPedigrees.Built built = FamilyPedigrees.build(stated);
        Map<String, String> names = new HashMap<>();
        family.missingPersons().forEach(p -> names.put(p.id(), p.name()));
        family.relatives().forEach(r -> names.put(r.id(), r.fullName()));
        List<String> problems = built.problems().stream().map(problem -> PedigreeDrawing.inNames(problem, names)).toList();
        String svg = built.ok() ? PedigreeDrawing.svg(built.pedigree(), family, built.placeholders()) : null;
        return new FamilyPedigree(family.id(), built.pedigree(), problems, built.placeholders(), svg);
    }

    private static List<FamilyPedigrees.Member> membersOf(Family family) {
        List<FamilyPedigrees.Member> members = new ArrayList<>();
        family.missingPersons().forEach(p -> members.add(new FamilyPedigrees.Member(p.id(), p.sex(), p.relationWords(), p.relationOf())));
        family.relatives().forEach(r -> members.add(new FamilyPedigrees.Member(r.id(), r.sex(), r.relationWords(), r.relationOf())));
        return members;
    }

    private void requirePedigree(long familyId, String field) {
        FamilyPedigree pedigree = pedigreeOf(family(familyId), null);
        if (!pedigree.built()) {
            throw new InputRefusedException(pedigree.problems().stream().map(p -> new InputRefusedException.Problem(field, p)).toList());
        }
    }

    /**
     * Adds a relative stated in plain words ("mother of MP-17"); refused, with every problem of the
     * family's pedigree, when the statement does not fit the family. Contact details, if given,
     * need {@code FAMILY_CONTACT_WRITE}.
     */
    @Transactional
    @RequiresPermission(MISSING_WRITE)
    public Relative addRelative(long familyId, NewRelative relative) {
        requireFamily(familyId);
        repository.lockFamily(familyId);
        List<InputRefusedException.Problem> problems = checkRelativeFields(relative, "");
        if (relative != null && relative.relationOf() == null) {
            problems.add(new InputRefusedException.Problem("relationOf", "say whom they are related to (MP-n or R-n)"));
        }
        if (!problems.isEmpty()) {
            throw new InputRefusedException(problems);
        }
        Relative added = addRelativeChecked(familyId, relative, "");
        repository.touchFamily(familyId, null);
        return added;
    }

    private List<InputRefusedException.Problem> checkRelativeFields(NewRelative r, String prefix) {
        List<InputRefusedException.Problem> problems = new ArrayList<>();
        if (r == null) {
            problems.add(new InputRefusedException.Problem(prefix.isEmpty() ? "relative" : prefix.substring(0, prefix.length() - 1),
                    "is required"));
            return problems;
        }
        if (r.fullName() == null) {
            problems.add(new InputRefusedException.Problem(prefix + "fullName", "must not be blank"));
        }
        if (r.relationWords() == null) {
            problems.add(new InputRefusedException.Problem(prefix + "relationWords", "say how they are related (mother, son...)"));
        } else {
            try {
                Relation relation = Relation.parse(r.relationWords());
                if (relation.impliedSex() != null && r.sex() != null && r.sex() != Sex.UNKNOWN && r.sex() != relation.impliedSex()) {
                    problems.add(new InputRefusedException.Problem(prefix + "sex", "a " + relation.words() + " cannot be "
                            + r.sex().name().toLowerCase(java.util.Locale.ROOT)));
                }
            } catch (IllegalArgumentException unknown) {
                problems.add(new InputRefusedException.Problem(prefix + "relationWords", unknown.getMessage()));
            }
        }
        return problems;
    }

    private Relative addRelativeChecked(long familyId, NewRelative r, String prefix) {
        Sex sex = r.sex() != null && r.sex() != Sex.UNKNOWN ? r.sex() : impliedSex(r.relationWords());
        String latin = r.fullNameLatin() != null ? r.fullNameLatin() : Transliteration.toLatin(r.fullName());
        String id = repository.nextRelativeId();
        repository.insertRelative(id, familyId, r, latin, sex, clock.instant(), Actor.current().name());
        requirePedigree(familyId, prefix + "relationWords");
        audit(AuditEvent.of("registry.relative-added", "relative:" + id).with("family", familyId)
                .with("relation", r.relationWords() + " of " + r.relationOf()));
        if (r.contact() != null && !r.contact().isEmpty()) {
            updateContactChecked(id, r.contact());
        }
        return repository.relative(id).orElseThrow();
    }

    private static Sex impliedSex(String words) {
        try {
            Sex implied = Relation.parse(words).impliedSex();
            return implied == null ? Sex.UNKNOWN : implied;
        } catch (IllegalArgumentException unknown) {
            return Sex.UNKNOWN;
        }
    }

    /**
     * Replaces the stated relationships of the family's members (each statement names its member;
     * members not named keep theirs), if the family is still at {@code expectedVersion}. The
     * pedigree is rebuilt; when it cannot be, nothing is changed and every problem is reported.
     */
    @Transactional
    @RequiresPermission(MISSING_WRITE)
    public FamilyPedigree correctRelationships(long familyId, int expectedVersion, List<RelationStatement> statements) {
        Family family = family(familyId);
        if (family.version() != expectedVersion) {
            throw new StaleRecordException("The family was changed by someone else meanwhile; reload and try again");
        }
        Map<String, RelationStatement> byMember = new LinkedHashMap<>();
        List<InputRefusedException.Problem> problems = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            RelationStatement s = statements.get(i);
            String field = "statements[" + i + "]";
            if (s == null || s.member() == null) {
                problems.add(new InputRefusedException.Problem(field + ".member", "is required"));
                continue;
            }
            boolean known = family.missingPersons().stream().anyMatch(p -> p.id().equals(s.member()))
                    || family.relatives().stream().anyMatch(r -> r.id().equals(s.member()));
            if (!known) {
                problems.add(new InputRefusedException.Problem(field + ".member", s.member() + " is not a member of this family"));
            } else if (byMember.put(s.member(), s) != null) {
                problems.add(new InputRefusedException.Problem(field + ".member", s.member() + " is stated twice"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputRefusedException(problems);
        }
        List<FamilyPedigrees.Member> members = new ArrayList<>();
        for (FamilyPedigrees.Member m : membersOf(family)) {
            RelationStatement s = byMember.get(m.id());
            if (s == null) {
                members.add(m);
            } else {
                boolean anchor = s.words() == null || "-".equals(s.words());
                members.add(new FamilyPedigrees.Member(m.id(), s.sex() != null ? s.sex() : m.sex(),
                        anchor ? null : s.words(), anchor ? null : s.of()));
            }
        }
        FamilyPedigree rebuilt = pedigreeOf(family, members);
        if (!rebuilt.built()) {
            throw new InputRefusedException(rebuilt.problems().stream().map(p -> new InputRefusedException.Problem("statements", p)).toList());
        }
        for (FamilyPedigrees.Member m : members) {
            RelationStatement s = byMember.get(m.id());
            if (s != null) {
                repository.setRelation(m.id(), m.relationWords(), m.relationOf());
                repository.setSex(m.id(), m.sex());
            }
        }
        if (!repository.touchFamily(familyId, expectedVersion)) {
            throw new StaleRecordException("The family was changed by someone else meanwhile; reload and try again");
        }
        audit(AuditEvent.of("registry.relationships-corrected", "family:" + familyId).with("statements", byMember.size()));
        return pedigree(familyId);
    }

    /** The pedigree the statements would give, without changing anything (to preview a correction). */
    @RequiresPermission(MISSING_READ)
    public FamilyPedigree previewRelationships(long familyId, List<RelationStatement> statements) {
        Family family = family(familyId);
        Map<String, RelationStatement> byMember = new HashMap<>();
        statements.forEach(s -> byMember.put(s.member(), s));
        List<FamilyPedigrees.Member> members = new ArrayList<>();
        for (FamilyPedigrees.Member m : membersOf(family)) {
            RelationStatement s = byMember.get(m.id());
            members.add(s == null ? m : new FamilyPedigrees.Member(m.id(), s.sex() != null ? s.sex() : m.sex(), s.words(), s.of()));
        }
        return pedigreeOf(family, members);
    }

    @RequiresPermission(MISSING_READ)
    public Relative relative(String id) {
        return repository.relative(id).orElseThrow(() -> new NotFoundException("relative", id));
    }

    /**
     * A relative's contact details: for holders of {@code FAMILY_CONTACT_READ} or of a break-glass
     * grant for {@link #contactResource}; every read is audited, found or not.
     */
    @Transactional
    public Optional<ContactDetails> contact(String relativeId) {
        AccessBasis basis = breakGlass.requireAccess(FAMILY_CONTACT_READ, contactResource(relativeId));
        Relative relative = repository.relative(relativeId).orElseThrow(() -> new NotFoundException("relative", relativeId));
        Optional<ContactDetails> contact = repository.contact(relativeId);
        audit(AuditEvent.of("registry.contact-read", "relative:" + relativeId).with("family", relative.familyId())
                .with("basis", basis).with("found", contact.isPresent()));
        return contact;
    }

    @Transactional
    @RequiresPermission(FAMILY_CONTACT_WRITE)
    public void updateContact(String relativeId, ContactDetails contact) {
        relative(relativeId);
        updateContactChecked(relativeId, contact == null ? new ContactDetails(null, null, null, null) : contact);
    }

    private void updateContactChecked(String relativeId, ContactDetails contact) {
        requireContactWrite();
        repository.saveContact(relativeId, contact, clock.instant(), Actor.current().name());
        audit(AuditEvent.of("registry.contact-updated", "relative:" + relativeId));
    }

    private static void requireContactWrite() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        boolean may = who != null && who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(FAMILY_CONTACT_WRITE.name()));
        if (!may) {
            throw new org.springframework.security.access.AccessDeniedException("Recording contact details needs FAMILY_CONTACT_WRITE");
        }
    }

    // --- reference samples -------------------------------------------------------------------------

    /** Records a reference sample taken from a relative, with the donor's consent; the lab's result comes later. */
    @Transactional
    @RequiresPermission(CONSENT_WRITE)
    public ReferenceSample recordReferenceSample(String relativeId, NewReferenceSample sample) {
        Relative relative = relative(relativeId);
        List<InputRefusedException.Problem> problems = new ArrayList<>();
        if (sample.sampleCode() == null) {
            problems.add(new InputRefusedException.Problem("sampleCode", "must not be blank"));
        } else if (repository.sample(sample.sampleCode()).isPresent()) {
            problems.add(new InputRefusedException.Problem("sampleCode", "sample " + sample.sampleCode() + " is already recorded"));
        }
        if (sample.consentScope() == null) {
            problems.add(new InputRefusedException.Problem("consentScope", "is required"));
        } else if (sample.consentScope() == ConsentScope.IDENTIFICATION_ONLY && !sample.organisations().isEmpty()) {
            problems.add(new InputRefusedException.Problem("organisations", "a consent for identification only names no organisations"));
        } else if (sample.consentScope() == ConsentScope.IDENTIFICATION_AND_SHARING && sample.organisations().isEmpty()) {
            problems.add(new InputRefusedException.Problem("organisations", "name the organisations the donor consented to share with"));
        }
        if (sample.collectedOn() != null && sample.collectedOn().isAfter(LocalDate.now(clock))) {
            problems.add(new InputRefusedException.Problem("collectedOn", "is in the future"));
        }
        if (!problems.isEmpty()) {
            throw new InputRefusedException(problems);
        }
        repository.insertSample(relativeId, sample, clock.instant(), Actor.current().name());
        audit(AuditEvent.of("registry.reference-sample-recorded", "sample:" + sample.sampleCode()).with("relative", relativeId)
                .with("family", relative.familyId()).with("scope", sample.consentScope())
                .with("organisations", String.join(", ", sample.organisations().stream().sorted().toList())));
        return repository.sample(sample.sampleCode()).orElseThrow();
    }

    @RequiresPermission(MISSING_READ)
    public ReferenceSample referenceSample(String code) {
        return shown(repository.sample(code).orElseThrow(() -> new NotFoundException("reference sample", code)));
    }

    /** The family in which a reference sample was taken (its page lists the sample; which relative gave it, see {@link SampleLinks}). */
    @RequiresPermission(MISSING_READ)
    public long familyOfSample(String code) {
        ReferenceSample sample = repository.sample(code).orElseThrow(() -> new NotFoundException("reference sample", code));
        return repository.relative(sample.relativeId()).orElseThrow().familyId();
    }

    /** The sample with its donor only for those who may pair them ({@link SampleLinks}), else without. */
    private ReferenceSample shown(ReferenceSample sample) {
        return sampleLinks.shown(sample.sampleCode(), sample, ReferenceSample::withoutDonor);
    }

    /** The donor withdrew consent: the sample leaves matching at once (in the registry and in {@link GeneticData}). */
    @Transactional
    @RequiresPermission(CONSENT_WRITE)
    public ReferenceSample withdrawConsent(String code, String reason) {
        ReferenceSample sample = referenceSample(code);
        String why = Text.clean(reason);
        if (why == null) {
            throw new InputRefusedException("reason", "say why the donor withdrew consent (as the donor put it)");
        }
        if (!sample.consentInForce()) {
            throw new InputRefusedException("sampleCode", "the consent for " + code + " was already withdrawn");
        }
        repository.withdrawConsent(code, why, clock.instant());
        if (sample.profiled()) {
            genetics.withdrawConsent(code, why);
        }
        audit(AuditEvent.of("registry.consent-withdrawn", "sample:" + code).with("reason", why));
        return referenceSample(code);
    }

    /**
     * Attaches a lab's results (GeneMapper export or CODIS CMF) through the lab-file door
     * ({@link LabFile}): each profile is stored under its sample code through
     * {@link GeneticData#storeReferenceProfile} with the donor's consent as the registry holds it,
     * and linked to the relative. Every sample code must be a reference sample of the registry with
     * consent in force; otherwise, or when the file cannot be read, nothing is stored and every
     * problem is reported ({@link ImportRejectedException}).
     */
    @Transactional
    @RequiresPermission(PROFILES_WRITE)
    public LabImport attachLabResults(String fileName, byte[] content) {
        LabFile<ReferenceSample> file = LabFile.read(fileName, content, Strictness.STRICT, new LabFile.Samples<>() {
            @Override
            public Map<String, ReferenceSample> known(Collection<String> codes) {
                Map<String, ReferenceSample> known = new HashMap<>();
                repository.samples(Set.copyOf(codes)).forEach(s -> known.put(s.sampleCode(), s));
                return known;
            }

            @Override
            public Optional<String> refusal(ReferenceSample sample) {
                return sample.consentInForce() ? Optional.empty()
                        : Optional.of("the donor withdrew consent: the profile may not be stored");
            }

            @Override
            public String unknown() {
                return "no reference sample with this code is recorded in the registry";
            }
        });
        Instant now = clock.instant();
        for (LabFile.Accepted<ReferenceSample> accepted : file.accepted()) {
            ReferenceSample sample = accepted.known();
            Consent consent = sample.consentScope() == ConsentScope.IDENTIFICATION_ONLY ? Consent.identificationOnly()
                    : Consent.sharingWith(sample.organisations());
            genetics.storeReferenceProfile(sample.sampleCode(), LabFile.markers(accepted.sample()), consent);
            genetics.link(sample.sampleCode(), new SubjectRef(RELATIVE_SUBJECT, sample.relativeId()));
            repository.markProfiled(sample.sampleCode(), file.name(), now);
        }
        audit(AuditEvent.of("registry.lab-results-attached", "file:" + file.name()).with("samples", file.accepted().size())
                .with("codes", String.join(", ", file.codes())));
        return new LabImport(file.name(), file.codes(), file.warnings());
    }

    // --- helpers -----------------------------------------------------------------------------------

    private RegistryRepository.FamilyRow requireFamily(long id) {
        return repository.family(id).orElseThrow(() -> new NotFoundException("family", id));
    }

    private void audit(AuditEvent event) {
        events.publishEvent(event);
    }

    Clock clock() {
        return clock;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
