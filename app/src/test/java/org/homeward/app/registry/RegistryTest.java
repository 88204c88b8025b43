package org.homeward.app.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homeward.app.registry.RegistryTestSupport.as;
import static org.homeward.app.registry.RegistryTestSupport.run;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.homeward.app.jobs.JobProgress;
import org.homeward.app.common.ListQuery;
import org.homeward.app.audit.AuditEntry;
import org.homeward.app.audit.AuditLog;
import org.homeward.app.common.InputRefusedException;
import org.homeward.app.genetics.ConsentScope;
import org.homeward.app.genetics.GeneticData;
import org.homeward.app.genetics.ImportRejectedException;
import org.homeward.app.genetics.LabImport;
import org.homeward.app.genetics.RowProblem;
import org.homeward.app.security.Role;
import org.homeward.app.security.SystemTasks;
import org.homeward.formats.codis.CmfBuilder;
import org.homeward.formats.codis.CmfWriter;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;
import org.homeward.formats.common.Strictness;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class RegistryTest {

    static final Set<Role> LIAISON = Set.of(Role.FAMILY_LIAISON);
    static final Set<Role> ANALYST = Set.of(Role.FORENSIC_ANALYST);
    static final Set<Role> COORDINATOR = Set.of(Role.COORDINATOR);

    @Autowired
    MessageSource messages;

    @Autowired
    MissingPersons missingPersons;

    @Autowired
    Families families;

    @Autowired
    ReferenceSamples samples;

    @Autowired
    GeneticData genetics;

    @Autowired
    AuditLog audit;

    static NewMissingPerson person(String serviceNumber, String surname, String given, Sex sex, LocalDate born) {
        return new NewMissingPerson(serviceNumber, surname, given, null, null, sex, born, "93rd Brigade",
                LocalDate.of(2024, 2, 17), "near Avdiivka", "lost contact during the withdrawal", "tattoo on the left forearm");
    }

    static NewRelative relative(String name, Sex sex, String words, String of) {
        return new NewRelative(name, null, sex, words, of, false, true, null);
    }

    @Test
    void a_family_reports_and_its_relationships_in_plain_words_become_one_pedigree_for_matching() {
        MissingPersons.Report report = as("liaison", LIAISON, () -> missingPersons.reportMissing(
                person("SN-1001", "Шевченко", "Тарас Григорович", Sex.MALE, LocalDate.of(1990, 3, 9)),
                new NewRelative("Ганна Шевченко", null, null, "mother", null, true, true,
                        new ContactDetails("+380 44 000 0000", "hanna@example.org", "Kyiv", "uk"))));
        MissingPerson taras = report.missingPerson();
        long familyId = taras.familyId();
        assertThat(taras.surnameLatin()).isEqualTo("Shevchenko");
        assertThat(taras.givenNamesLatin()).isEqualTo("Taras Hryhorovych");
        assertThat(taras.status()).isEqualTo(MissingPersonStatus.REPORTED_MISSING);
        assertThat(report.reporter().relationOf()).isEqualTo(taras.id());
        assertThat(report.reporter().sex()).isEqualTo(Sex.FEMALE);

        Relative halfBrother = as("liaison", LIAISON, () -> families.addRelative(familyId,
                relative("Petro Shevchenko", null, "paternal half-brother", taras.id())));
        MissingPerson son = as("liaison", LIAISON, () -> missingPersons.addMissingPerson(familyId,
                person(null, "Шевченко", "Іван Тарасович", Sex.MALE, LocalDate.of(2004, 5, 1)), "son", taras.id())).missingPerson();
        Relative sonsMother = as("liaison", LIAISON, () -> families.addRelative(familyId,
                relative("Olena Shevchenko", null, "mother", son.id())));

        FamilyPedigree pedigree = as("liaison", LIAISON, () -> families.pedigree(familyId));
        assertThat(pedigree.problems()).isEmpty();
        Pedigree ped = pedigree.pedigree();
        assertThat(ped.father(ped.indexOf(son.id()))).isEqualTo(ped.indexOf(taras.id()));
        assertThat(ped.mother(ped.indexOf(son.id()))).isEqualTo(ped.indexOf(sonsMother.id()));
        assertThat(ped.mother(ped.indexOf(taras.id()))).isEqualTo(ped.indexOf(report.reporter().id()));
        assertThat(ped.father(ped.indexOf(halfBrother.id()))).isEqualTo(ped.father(ped.indexOf(taras.id())));
        assertThat(pedigree.svg(PedigreeWords.in(messages, Locale.ENGLISH))).contains("<svg").contains("Ганна Шевченко")
                .contains("class=\"person missing\"").contains("<rect").contains("<circle")
                .contains(">missing person</text>").contains("missing, son");
        // the drawing speaks the reader's language: title, labels and legend from the bundles
        assertThat(pedigree.svg(PedigreeWords.in(messages, Locale.forLanguageTag("uk"))))
                .contains("Референтний родовід").contains(">зникла безвісти особа</text>").contains("зниклий безвісти, son")
                .doesNotContain("missing person").doesNotContain("profile stored");

        // samples with consent, then the lab's results
        as("liaison", LIAISON, () -> samples.recordReferenceSample(report.reporter().id(),
                new NewReferenceSample("REF-1001-A", LocalDate.of(2024, 3, 1), ConsentScope.IDENTIFICATION_ONLY, Set.of())));
        as("liaison", LIAISON, () -> samples.recordReferenceSample(halfBrother.id(),
                new NewReferenceSample("REF-1001-B", null, ConsentScope.IDENTIFICATION_AND_SHARING, Set.of("ICRC"))));
        assertThat(as("analyst", ANALYST, families::referenceFamiliesForMatching)).noneMatch(f -> f.familyId() == familyId);

        byte[] withUnknown = cmf(profile("REF-1001-A"), profile("REF-9999-X"));
        assertThatThrownBy(() -> as("analyst", ANALYST, () -> samples.importResults("lab.xml", withUnknown, Strictness.STRICT, JobProgress.NONE)))
                .isInstanceOfSatisfying(ImportRejectedException.class, rejected -> assertThat(rejected.rows())
                        .extracting(RowProblem::column).containsExactly("sample REF-9999-X"));
        assertThat(as("analyst", ANALYST, () -> genetics.profile("REF-1001-A"))).isEmpty();

        LabImport imported = as("analyst", ANALYST, () -> samples.importResults("lab.xml",
                cmf(profile("REF-1001-A"), profile("REF-1001-B")), Strictness.STRICT, JobProgress.NONE));
        assertThat(imported.stored()).containsExactly("REF-1001-A", "REF-1001-B");
        assertThat(as("analyst", ANALYST, () -> genetics.profile("REF-1001-A"))).isPresent();
        assertThat(as("analyst", ANALYST, () -> genetics.followLink("REF-1001-B")))
                .hasValueSatisfying(subject -> assertThat(subject.id()).isEqualTo(halfBrother.id()));

        ReferenceFamilyData family = as("analyst", ANALYST, families::referenceFamiliesForMatching).stream()
                .filter(f -> f.familyId() == familyId).findFirst().orElseThrow();
        assertThat(family.pedigree()).isEqualTo(ped);
        assertThat(family.missingPersons()).extracting(MissingInFamily::missingPersonId).containsExactly(taras.id(), son.id());
        assertThat(family.referenceSampleCodes()).containsOnly(
                java.util.Map.entry(report.reporter().id(), "REF-1001-A"), java.util.Map.entry(halfBrother.id(), "REF-1001-B"));

        // a withdrawn consent takes the sample out of matching at once
        as("liaison", LIAISON, () -> samples.withdrawConsent("REF-1001-B", "the donor asked by phone"));
        ReferenceFamilyData after = as("analyst", ANALYST, families::referenceFamiliesForMatching).stream()
                .filter(f -> f.familyId() == familyId).findFirst().orElseThrow();
        assertThat(after.referenceSampleCodes()).containsOnlyKeys(report.reporter().id());
    }

    @Test
    void a_wrong_correction_reports_every_problem_at_once_and_changes_nothing() {
        MissingPerson mp = as("liaison", LIAISON, () -> missingPersons.reportMissing(
                person(null, "Koval", "Andrii", Sex.MALE, null), relative("Maria Koval", null, "mother", null))).missingPerson();
        Family family = as("liaison", LIAISON, () -> families.family(mp.familyId()));
        String mother = family.relatives().get(0).id();
        Relative brother = as("liaison", LIAISON, () -> families.addRelative(mp.familyId(), relative("Oleh Koval", null, "brother", mp.id())));
        int version = as("liaison", LIAISON, () -> families.family(mp.familyId())).version();

        assertThatThrownBy(() -> as("liaison", LIAISON, () -> families.correctRelationships(mp.familyId(), version, List.of(
                new RelationStatement(mother, "father", mp.id(), null),
                new RelationStatement(brother.id(), "cousin twice removed", mp.id(), null)))))
                .isInstanceOfSatisfying(InputRefusedException.class, refused -> assertThat(refused.problems()).hasSize(2)
                        .anySatisfy(p -> assertThat(p.message()).contains("Maria Koval").contains("cannot be female"))
                        .anySatisfy(p -> assertThat(p.message()).contains("cousin twice removed")));
        assertThat(as("liaison", LIAISON, () -> families.relative(brother.id())).relationWords()).isEqualTo("brother");

        FamilyPedigree corrected = as("liaison", LIAISON, () -> families.correctRelationships(mp.familyId(), version, List.of(
                new RelationStatement(brother.id(), "maternal half-brother", mp.id(), null))));
        assertThat(corrected.built()).isTrue();
        assertThat(as("liaison", LIAISON, () -> families.relative(brother.id())).relationWords()).isEqualTo("maternal half-brother");
        assertThatThrownBy(() -> as("liaison", LIAISON, () -> families.correctRelationships(mp.familyId(), version, List.of())))
                .isInstanceOf(org.homeward.app.security.StaleRecordException.class);
    }

    @Test
    void names_are_found_in_either_script_and_duplicates_are_merged_with_a_trail() {
        MissingPerson cyrillic = as("liaison", LIAISON, () -> missingPersons.reportMissing(
                person("ZSU-77123", "Мельник", "Юрій Олександрович", Sex.MALE, LocalDate.of(1985, 1, 20)), null)).missingPerson();
        MissingPersons.Report latinReport = as("liaison", LIAISON, () -> missingPersons.reportMissing(
                person(null, "Melnyk", "Yuriy", Sex.MALE, LocalDate.of(1985, 1, 20)), relative("Iryna Melnyk", null, "wife", null)));
        MissingPerson latin = latinReport.missingPerson();
        assertThat(latinReport.possibleDuplicates()).extracting(MissingPerson::id).contains(cyrillic.id());

        assertThat(as("c", COORDINATOR, () -> missingPersons.search(named("Melnyk")).items())).extracting(MissingPerson::id)
                .contains(cyrillic.id(), latin.id());
        assertThat(as("c", COORDINATOR, () -> missingPersons.search(named("мельн юр")).items())).extracting(MissingPerson::id)
                .contains(cyrillic.id(), latin.id());
        assertThat(as("c", COORDINATOR, () -> missingPersons.search(named("zsu-77123")).items())).extracting(MissingPerson::id)
                .containsExactly(cyrillic.id());
        assertThat(as("c", COORDINATOR, () -> missingPersons.possibleDuplicates(100)))
                .anySatisfy(d -> assertThat(List.of(d.first().id(), d.second().id())).containsExactlyInAnyOrder(cyrillic.id(), latin.id()));

        MissingPerson survivor = as("liaison", LIAISON, () -> missingPersons.merge(latin.id(), cyrillic.id(), "same person, two reports"));
        MissingPerson merged = as("liaison", LIAISON, () -> missingPersons.missingPerson(latin.id()));
        assertThat(merged.mergedInto()).isEqualTo(cyrillic.id());
        assertThat(as("c", COORDINATOR, () -> missingPersons.search(named("Melnyk")).items())).extracting(MissingPerson::id)
                .contains(cyrillic.id()).doesNotContain(latin.id());
        Family family = as("liaison", LIAISON, () -> families.family(survivor.familyId()));
        assertThat(family.relatives()).extracting(Relative::fullName).contains("Iryna Melnyk");
        assertThat(family.relatives()).filteredOn(r -> r.fullName().equals("Iryna Melnyk")).extracting(Relative::relationOf)
                .containsExactly(cyrillic.id());
        assertThat(audit.about("missing-person:" + latin.id())).extracting(AuditEntry::action).contains("registry.missing-person-merged");
    }

    @Test
    void statuses_follow_the_lifecycle_dated_and_attributed() {
        MissingPerson mp = as("liaison", LIAISON, () -> missingPersons.reportMissing(person(null, "Bondar", "Ivan", Sex.MALE, null), null))
                .missingPerson();
        MissingPerson presumed = as("liaison", LIAISON, () -> missingPersons.changeStatus(mp.id(), mp.version(),
                MissingPersonStatus.PRESUMED_DEAD, "court ruling"));
        assertThatThrownBy(() -> as("liaison", LIAISON, () -> missingPersons.changeStatus(mp.id(), presumed.version(),
                MissingPersonStatus.BURIED, null))).isInstanceOf(InputRefusedException.class).hasMessageContaining("cannot change");
        assertThatThrownBy(() -> as("liaison", LIAISON, () -> missingPersons.changeStatus(mp.id(), mp.version(),
                MissingPersonStatus.FOUND_ALIVE, null))).isInstanceOf(org.homeward.app.security.StaleRecordException.class);
        SystemTasks.runAs("analyst-2", () -> missingPersons.remainsIdentified(mp.id(), 42, "UA-2025-000017"));
        assertThat(as("c", COORDINATOR, () -> missingPersons.statusHistory(mp.id())))
                .extracting(StatusChange::status, StatusChange::changedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MissingPersonStatus.REPORTED_MISSING, "liaison"),
                        org.assertj.core.groups.Tuple.tuple(MissingPersonStatus.PRESUMED_DEAD, "liaison"),
                        org.assertj.core.groups.Tuple.tuple(MissingPersonStatus.REMAINS_IDENTIFIED, "analyst-2"));
    }

    @Test
    void contact_details_are_read_only_with_the_permission_and_every_read_is_audited() {
        MissingPersons.Report report = as("liaison", LIAISON, () -> missingPersons.reportMissing(person(null, "Tkachenko", "Oleh", Sex.MALE, null),
                new NewRelative("Nina Tkachenko", null, null, "mother", null, true, false,
                        new ContactDetails("+380 50 111 2233", null, null, null))));
        String relativeId = report.reporter().id();
        assertThat(as("liaison", LIAISON, () -> families.contact(relativeId)))
                .hasValueSatisfying(c -> assertThat(c.phone()).isEqualTo("+380 50 111 2233"));
        assertThatThrownBy(() -> as("analyst", ANALYST, () -> families.contact(relativeId))).isInstanceOf(AccessDeniedException.class);
        assertThat(as("analyst", ANALYST, () -> families.family(report.missingPerson().familyId())).relatives()).hasSize(1);
        assertThat(audit.about("relative:" + relativeId)).extracting(AuditEntry::action, AuditEntry::actor)
                .contains(org.assertj.core.groups.Tuple.tuple("registry.contact-read", "liaison"));
        assertThatThrownBy(() -> as("observer", Set.of(Role.OBSERVER), () -> families.family(report.missingPerson().familyId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    static Profile profile(String code) {
        return Profile.builder(code).put("D3S1358", "15", "16").put("vWA", "17", "17").put("TH01", "6", "9.3").build();
    }

    static byte[] cmf(Profile... profiles) {
        List<org.homeward.formats.codis.CmfSpecimen> specimens = java.util.Arrays.stream(profiles)
                .map(p -> CmfBuilder.specimen(p, Sex.UNKNOWN, "Family Reference")).toList();
        return CmfWriter.toXml(CmfBuilder.importFile("LAB1", "2025-06-01T10:00:00", specimens)).getBytes(StandardCharsets.UTF_8);
    }

    /** The first page of the register's list searched for {@code text}. */
    private static ListQuery named(String text) {
        return new ListQuery(1, 50, null, false, new ListQuery.Filter(text, null, null, null, null, null, null, null));
    }
}
