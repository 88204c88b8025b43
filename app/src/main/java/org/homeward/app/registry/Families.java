package org.homeward.app.registry;

import static org.homeward.app.security.Permission.FAMILY_CONTACT_READ;
import static org.homeward.app.security.Permission.FAMILY_CONTACT_WRITE;
import static org.homeward.app.security.Permission.IDENTIFICATION_REVIEW;
import static org.homeward.app.security.Permission.IDENTIFICATION_RUN;
import static org.homeward.app.security.Permission.MISSING_READ;
import static org.homeward.app.security.Permission.MISSING_WRITE;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.homeward.app.audit.AuditEvent;
import org.homeward.app.common.FeatureService;
import org.homeward.app.common.InputRefusedException;
import org.homeward.app.common.NotFoundException;
import org.homeward.app.genetics.GeneticData;
import org.homeward.app.genetics.SampleLinks;
import org.homeward.app.registry.store.RegistryRepository;
import org.homeward.app.registry.store.MatchingStore;
import org.homeward.app.registry.store.MatchingStore.MemberRow;
import org.homeward.app.security.AccessBasis;
import org.homeward.app.security.Actor;
import org.homeward.app.security.BreakGlass;
import org.homeward.app.security.RequiresPermission;
import org.homeward.app.security.StaleRecordException;
import org.homeward.kinship.Sex;
import org.homeward.kinship.family.Relation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The families of the registry: their relatives (contact details restricted and every read audited),
 * the relationships in plain words and the reference pedigree built from them; and, for
 * identification, every family's pedigree with the sample codes of its typed relatives
 * ({@link #referenceFamiliesForMatching()}). Every method declares the permission it needs; every
 * write is dated by the injected clock, attributed and audited in its transaction.
 */
@FeatureService
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Families {

    private static final String STALE = "The family was changed by someone else meanwhile; reload and try again";

    private final RegistryRepository repository;
    private final MatchingStore matching;
    private final GeneticData genetics;
    private final BreakGlass breakGlass;
    private final SampleLinks sampleLinks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** The break-glass resource name of a relative's contact details. */
    public static String contactResource(String relativeId) {
        return "family-contact:" + relativeId;
    }

    /**
     * Every family whose pedigree can be built, with its missing persons and the sample codes of its
     * relatives whose profile is stored and whose consent is in force (in the registry and in
     * {@link GeneticData}). Families without any such reference are left out; so are families whose
     * relationships have problems (they are listed on their family page).
     */
    @RequiresPermission(IDENTIFICATION_RUN)
    public List<ReferenceFamilyData> referenceFamiliesForMatching() {
        Map<Long, List<MemberRow>> members = new LinkedHashMap<>();
        matching.allMembers().forEach(row -> members.computeIfAbsent(row.familyId(), id -> new ArrayList<>()).add(row));
        Set<String> eligible = genetics.referenceCodesEligibleForMatching();
        Map<String, String> sampleOfRelative = new HashMap<>();
        for (String[] pair : matching.profiledSamplesWithConsent()) {
            if (eligible.contains(pair[1])) {
                sampleOfRelative.put(pair[0], pair[1]);
            }
        }
        List<ReferenceFamilyData> families = new ArrayList<>();
        members.forEach((familyId, rows) -> referenceFamily(familyId, rows, sampleOfRelative).ifPresent(families::add));
        return families;
    }

    private static Optional<ReferenceFamilyData> referenceFamily(long familyId, List<MemberRow> rows, Map<String, String> sampleOfRelative) {
        Map<String, String> samples = new LinkedHashMap<>();
        List<MissingInFamily> missing = new ArrayList<>();
        for (MemberRow row : rows) {
            if (row.status() != null) {
                missing.add(new MissingInFamily(row.id(), row.id(), row.sex(), row.status()));
            } else if (sampleOfRelative.containsKey(row.id())) {
                samples.put(row.id(), sampleOfRelative.get(row.id()));
            }
        }
        if (samples.isEmpty() || missing.isEmpty()) {
            return Optional.empty();
        }
        FamilyPedigrees.Built built = FamilyPedigrees.build(rows.stream()
                .map(row -> new FamilyPedigrees.Member(row.id(), row.sex(), row.relationWords(), row.relationOf())).toList());
        return built.ok() ? Optional.of(new ReferenceFamilyData(familyId, built.pedigree(), missing, samples)) : Optional.empty();
    }

    /**
     * One family as {@link #referenceFamiliesForMatching} gives it (the relatives whose profile is stored under
     * consent), with its pedigree and members, for a computation inside that shows no sample code (whose sample
     * to ask for, in relationship words); empty when the pedigree cannot be built.
     */
    @RequiresPermission(MISSING_READ)
    public Optional<FamilyReferences> referencesForAdvice(long familyId) {
        FamilyPedigree pedigree = pedigree(familyId);
        if (!pedigree.built()) {
            return Optional.empty();
        }
        Map<String, String> samples = new LinkedHashMap<>();
        repository.samplesOfFamily(familyId).stream().filter(s -> s.consentInForce() && s.profiled())
                .sorted(java.util.Comparator.comparing(ReferenceSample::profileStoredAt))
                .forEach(s -> samples.put(s.relativeId(), s.sampleCode()));
        return Optional.of(new FamilyReferences(pedigree.family(), pedigree.pedigree(), samples));
    }

    @RequiresPermission(MISSING_READ)
    public Family family(long id) {
        RegistryRepository.FamilyRow row = requireFamily(id);
        return new Family(row.id(), row.name(), row.createdAt(), row.createdBy(), row.version(), repository.missingPersonsOfFamily(id),
                repository.relativesOfFamily(id), repository.samplesOfFamily(id).stream().map(this::shown).toList());
    }

    /** The sample with its donor only for those who may pair them ({@link SampleLinks}), else without. */
    ReferenceSample shown(ReferenceSample sample) {
        return sampleLinks.shown(sample.sampleCode(), sample, ReferenceSample::withoutDonor);
    }

    /** The family's reference pedigree as its relationships build it, with every problem and the drawing. */
    @RequiresPermission(MISSING_READ)
    public FamilyPedigree pedigree(long familyId) {
        Family family = family(familyId);
        return pedigreeOf(family, membersOf(family));
    }

    /**
     * The family's pedigree drawing beside a candidate: names for a reader who may read the registry
     * (MISSING_READ), member ids and relationship words otherwise; empty when the family is gone or
     * its pedigree cannot be built.
     */
    @RequiresPermission(IDENTIFICATION_REVIEW)
    public Optional<String> candidatePedigree(FamilyId id, PedigreeWords words) {
        if (repository.family(id.value()).isEmpty()) {
            return Optional.empty();
        }
        Family family = family(id.value());
        FamilyPedigree pedigree = pedigreeOf(family, membersOf(family));
        return Optional.ofNullable(Actor.currentlyHolds(MISSING_READ) ? pedigree.svg(words) : pedigree.svgWithoutNames(words));
    }

    /**
     * Adds a relative stated in plain words ("mother of MP-17"); refused, with every problem of the
     * family's pedigree, when the statement does not fit the family. Contact details, if given,
     * need {@code FAMILY_CONTACT_WRITE}.
     */
    @Transactional
    @RequiresPermission(MISSING_WRITE)
    public Relative addRelative(long familyId, NewRelative relative) {
        lockFamily(familyId);
        List<InputRefusedException.Problem> problems = checkRelative(relative, "");
        if (relative != null && relative.relationOf() == null) {
            problems.add(new InputRefusedException.Problem("relationOf", "say whom they are related to (MP-n or R-n)"));
        }
        if (!problems.isEmpty()) {
            throw new InputRefusedException(problems);
        }
        Relative added = insertRelative(familyId, relative, "");
        repository.touchFamily(familyId, null);
        return added;
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
            throw new StaleRecordException(STALE);
        }
        Map<String, RelationStatement> byMember = new LinkedHashMap<>();
        List<InputRefusedException.Problem> problems = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            RelationStatement s = statements.get(i);
            String field = "statements[" + i + "].member";
            if (s == null || s.member() == null) {
                problems.add(new InputRefusedException.Problem(field, "is required"));
            } else if (!family.hasMember(s.member())) {
                problems.add(new InputRefusedException.Problem(field, s.member() + " is not a member of this family"));
            } else if (byMember.put(s.member(), s) != null) {
                problems.add(new InputRefusedException.Problem(field, s.member() + " is stated twice"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputRefusedException(problems);
        }
        List<FamilyPedigrees.Member> members = restated(family, byMember, true);
        FamilyPedigree rebuilt = pedigreeOf(family, members);
        if (!rebuilt.built()) {
            throw new InputRefusedException(rebuilt.problems().stream().map(p -> new InputRefusedException.Problem("statements", p)).toList());
        }
        for (FamilyPedigrees.Member m : members) {
            if (byMember.containsKey(m.id())) {
                repository.setRelation(m.id(), m.relationWords(), m.relationOf());
                repository.setSex(m.id(), m.sex());
            }
        }
        if (!repository.touchFamily(familyId, expectedVersion)) {
            throw new StaleRecordException(STALE);
        }
        audit(AuditEvent.of("registry.relationships-corrected", "family:" + familyId).with("statements", byMember.size()));
        events.publishEvent(new FamilyChanged(familyId));
        return pedigree(familyId);
    }

    /** The pedigree the statements would give, without changing anything (to preview a correction). */
    @RequiresPermission(MISSING_READ)
    public FamilyPedigree previewRelationships(long familyId, List<RelationStatement> statements) {
        Family family = family(familyId);
        Map<String, RelationStatement> byMember = new HashMap<>();
        statements.forEach(s -> byMember.put(s.member(), s));
        return pedigreeOf(family, restated(family, byMember, false));
    }

    /** The family's members with the statements in place of what they stated; "-" (when {@code dashIsAnchor}) makes the anchor. */
    private static List<FamilyPedigrees.Member> restated(Family family, Map<String, RelationStatement> byMember, boolean dashIsAnchor) {
        List<FamilyPedigrees.Member> members = new ArrayList<>();
        for (FamilyPedigrees.Member m : membersOf(family)) {
            RelationStatement s = byMember.get(m.id());
            if (s == null) {
                members.add(m);
                continue;
            }
            boolean anchor = dashIsAnchor && (s.words() == null || "-".equals(s.words()));
            members.add(new FamilyPedigrees.Member(m.id(), s.sex() != null ? s.sex() : m.sex(), anchor ? null : s.words(), anchor ? null : s.of()));
        }
        return members;
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
        saveContact(relativeId, contact == null ? new ContactDetails(null, null, null, null) : contact);
    }

    // --- for the other rooms of the registry -------------------------------------------------------

    /** The family, locked for the change that follows; not found when there is none. */
    void lockFamily(long familyId) {
        requireFamily(familyId);
        repository.lockFamily(familyId);
    }

    /** Refused, every problem on {@code field}, when the family's pedigree does not build. */
    void requirePedigree(long familyId, String field) {
        FamilyPedigree pedigree = pedigree(familyId);
        if (!pedigree.built()) {
            throw new InputRefusedException(pedigree.problems().stream().map(p -> new InputRefusedException.Problem(field, p)).toList());
        }
    }

    /** The problems of a relative's own fields (name, relationship words, sex against the words), under {@code prefix}. */
    static List<InputRefusedException.Problem> checkRelative(NewRelative r, String prefix) {
        List<InputRefusedException.Problem> problems = new ArrayList<>();
        if (r == null) {
            problems.add(InputRefusedException.Problem.absent(prefix, "relative"));
            return problems;
        }
        if (r.fullName() == null) {
            problems.add(new InputRefusedException.Problem(prefix + "fullName", "must not be blank"));
        }
        if (r.relationWords() == null) {
            problems.add(new InputRefusedException.Problem(prefix + "relationWords", "say how they are related (mother, son...)"));
            return problems;
        }
        try {
            Relation relation = Relation.parse(r.relationWords());
            if (relation.impliedSex() != null && r.sex() != null && r.sex() != Sex.UNKNOWN && r.sex() != relation.impliedSex()) {
                problems.add(new InputRefusedException.Problem(prefix + "sex", "a " + relation.words() + " cannot be "
                        + r.sex().name().toLowerCase(Locale.ROOT)));
            }
        } catch (IllegalArgumentException unknown) {
            problems.add(new InputRefusedException.Problem(prefix + "relationWords", unknown.getMessage()));
        }
        return problems;
    }

    /** Inserts a checked relative and their contact; refused on {@code prefix + "relationWords"} when the pedigree no longer builds. */
    Relative insertRelative(long familyId, NewRelative r, String prefix) {
        Sex sex = r.sex() != null && r.sex() != Sex.UNKNOWN ? r.sex() : impliedSex(r.relationWords());
        String latin = r.fullNameLatin() != null ? r.fullNameLatin() : Transliteration.toLatin(r.fullName());
        String id = repository.nextRelativeId();
        repository.insertRelative(id, familyId, r, latin, sex, clock.instant(), Actor.current().name());
        requirePedigree(familyId, prefix + "relationWords");
        audit(AuditEvent.of("registry.relative-added", "relative:" + id).with("family", familyId)
                .with("relation", r.relationWords() + " of " + r.relationOf()));
        events.publishEvent(new FamilyChanged(familyId));
        if (r.contact() != null && !r.contact().isEmpty()) {
            saveContact(id, r.contact());
        }
        return repository.relative(id).orElseThrow();
    }

    private RegistryRepository.FamilyRow requireFamily(long id) {
        return repository.family(id).orElseThrow(() -> new NotFoundException("family", id));
    }

    private FamilyPedigree pedigreeOf(Family family, List<FamilyPedigrees.Member> members) {
        FamilyPedigrees.Built built = FamilyPedigrees.build(members);
        Map<String, String> names = new HashMap<>();
        members.forEach(m -> names.put(m.id(), family.memberName(m.id())));
        List<String> problems = built.problems().stream().map(problem -> PedigreeDrawing.inNames(problem, names)).toList();
        return new FamilyPedigree(family.id(), built.pedigree(), problems, built.placeholders(), family);
    }

    private static List<FamilyPedigrees.Member> membersOf(Family family) {
        List<FamilyPedigrees.Member> members = new ArrayList<>();
        family.missingPersons().forEach(p -> members.add(new FamilyPedigrees.Member(p.id(), p.sex(), p.relationWords(), p.relationOf())));
        family.relatives().forEach(r -> members.add(new FamilyPedigrees.Member(r.id(), r.sex(), r.relationWords(), r.relationOf())));
        return members;
    }

    private static Sex impliedSex(String words) {
        try {
            Sex implied = Relation.parse(words).impliedSex();
            return implied == null ? Sex.UNKNOWN : implied;
        } catch (IllegalArgumentException unknown) {
            return Sex.UNKNOWN;
        }
    }

    private void saveContact(String relativeId, ContactDetails contact) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || who.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals(FAMILY_CONTACT_WRITE.name()))) {
            throw new AccessDeniedException("Recording contact details needs FAMILY_CONTACT_WRITE");
        }
        repository.saveContact(relativeId, contact, clock.instant(), Actor.current().name());
        audit(AuditEvent.of("registry.contact-updated", "relative:" + relativeId));
    }

    private void audit(AuditEvent event) {
        events.publishEvent(event);
    }
}
