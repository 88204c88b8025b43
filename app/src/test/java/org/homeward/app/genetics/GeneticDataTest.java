package org.homeward.app.genetics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homeward.app.security.SecurityTestSupport.as;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.homeward.app.common.ListQuery;
import org.homeward.app.common.Page;
import org.homeward.app.audit.AuditEntry;
import org.homeward.app.audit.AuditLog;
import org.homeward.app.common.InputRefusedException;
import org.homeward.app.security.AccountException;
import org.homeward.app.security.BreakGlass;
import org.homeward.app.security.BreakGlassGrant;
import org.homeward.app.security.Role;
import org.homeward.app.security.SecurityTestSupport;
import org.homeward.app.security.UserAccount;
import org.homeward.app.security.UserAccounts;
import org.homeward.app.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Pseudonymised profiles, the restricted and audited link to names, break-glass, and consent. */
@SpringBootTest
@Import(MutableClock.Config.class)
class GeneticDataTest {

    private static final List<MarkerAlleles> MARKERS = List.of(new MarkerAlleles("D3S1358", "15", "16"),
            new MarkerAlleles("FGA", "21", "21"));

    @Autowired
    GeneticData genetics;

    @Autowired
    BreakGlass breakGlass;

    @Autowired
    UserAccounts accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    GeneticReads reads;

    @Autowired
    MutableClock clock;

    UserAccount analyst;
    UserAccount liaison;
    UserAccount coordinator;
    UserAccount observer;
    UserAccount auditor;

    @BeforeEach
    void setUp() {
        analyst = SecurityTestSupport.newUser(accounts, "analyst", Role.FORENSIC_ANALYST);
        liaison = SecurityTestSupport.newUser(accounts, "liaison", Role.FAMILY_LIAISON);
        coordinator = SecurityTestSupport.newUser(accounts, "coordinator", Role.COORDINATOR);
        observer = SecurityTestSupport.newUser(accounts, "observer", Role.OBSERVER);
        auditor = SecurityTestSupport.newUser(accounts, "auditor", Role.AUDITOR);
    }

    @Test
    void profiles_are_read_by_code_and_the_facade_checks_permissions() {
        run(analyst, () -> genetics.storeRemainsProfile("R-100", MARKERS));

        assertThat(as(auditor, () -> genetics.profile("R-100"))).hasValue(new GeneticProfile("R-100", SampleKind.REMAINS, MARKERS));
        assertThatThrownBy(() -> as(observer, () -> genetics.profile("R-100"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> genetics.profile("R-100")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void alleles_outside_the_markers_grammar_are_refused_at_the_door_naming_each_path() {
        List<MarkerAlleles> bad = List.of(new MarkerAlleles("D3S1358", " ", "16"), new MarkerAlleles("FGA", "21", "OL"),
                new MarkerAlleles("AMEL", "X", "Z"), new MarkerAlleles("TH01", "9.3", "10.25"));
        assertThatThrownBy(() -> run(analyst, () -> genetics.storeRemainsProfile("R-150", bad)))
                .isInstanceOf(InputRefusedException.class)
                .satisfies(e -> assertThat(((InputRefusedException) e).problems()).extracting(InputRefusedException.Problem::path)
                        .containsExactly("markers[0].allele1", "markers[1].allele2", "markers[2].allele2", "markers[3].allele2"));
        assertThat(as(analyst, () -> genetics.profile("R-150"))).isEmpty();

        List<MarkerAlleles> good = List.of(new MarkerAlleles("TH01", "9.3", "10"), new MarkerAlleles("SE33", "32.2", "28"),
                new MarkerAlleles("AMEL", "X", "Y"));
        run(analyst, () -> genetics.storeRemainsProfile("R-150", good));
        assertThat(as(analyst, () -> genetics.profile("R-150"))).isPresent();
    }

    @Test
    void every_read_of_profiles_is_one_audit_entry_naming_its_samples_and_the_auditor_lists_them_per_user_and_sample() {
        run(analyst, () -> genetics.storeRemainsProfile("R-160", MARKERS));
        run(analyst, () -> genetics.storeRemainsProfile("R-161", MARKERS));

        as(auditor, () -> genetics.profile("R-160"));
        as(analyst, () -> genetics.profiles(List.of("R-160", "R-161")));
        as(analyst, genetics::profilesEligibleForMatching);

        Page<GeneticReads.Read> byAuditor = as(auditor, () -> reads.reads(reads(auditor.username(), null, 1, 50)));
        assertThat(byAuditor.items()).hasSize(1);
        assertThat(byAuditor.items().get(0).samples()).containsExactly("R-160");
        assertThat(byAuditor.items().get(0).why()).isEqualTo("no request: a scheduled or command-line task");
        Page<GeneticReads.Read> ofSample = as(auditor, () -> reads.reads(reads(null, "R-161", 1, 50)));
        assertThat(ofSample.items()).extracting(GeneticReads.Read::user).containsOnly(analyst.username()).hasSize(2);
        assertThat(ofSample.items().get(1).samples()).containsExactly("R-160", "R-161");
        assertThat(as(auditor, () -> reads.reads(reads(null, "R-16", 1, 50))).items()).isEmpty();
        Page<GeneticReads.Read> first = as(auditor, () -> reads.reads(reads(analyst.username(), "R-160", 1, 1)));
        assertThat(first.total()).isEqualTo(2);
        assertThat(first.hasNext()).isTrue();
        assertThat(as(auditor, () -> reads.reads(reads(analyst.username(), "R-160", 2, 1))).hasNext()).isFalse();
        assertThatThrownBy(() -> as(analyst, () -> reads.reads(ListQuery.first(50)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void following_a_link_needs_the_permission_or_a_break_glass_grant_and_is_always_audited() {
        run(analyst, () -> genetics.storeRemainsProfile("R-200", MARKERS));
        run(liaison, () -> genetics.link("R-200", new SubjectRef("remains", "BODY-17")));

        assertThat(as(analyst, () -> genetics.followLink("R-200"))).hasValue(new SubjectRef("remains", "BODY-17"));
        assertThat(lastAbout("sample:R-200").details()).containsEntry("basis", "PERMISSION");
        assertThat(lastAbout("sample:R-200").actor()).isEqualTo(analyst.username());

        assertThatThrownBy(() -> as(coordinator, () -> genetics.followLink("R-200"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(coordinator, () -> breakGlass.open(GeneticData.linkResource("R-200"), "short")))
                .isInstanceOf(AccountException.class).hasMessageContaining("at least 10 characters");

        BreakGlassGrant grant = as(coordinator, () -> breakGlass.open(GeneticData.linkResource("R-200"),
                "Family asks at the morgue about body 17 tonight"));
        assertThat(grant.expiresAt()).isEqualTo(grant.grantedAt().plus(Duration.ofMinutes(30)));
        assertThat(as(coordinator, () -> genetics.followLink("R-200"))).hasValue(new SubjectRef("remains", "BODY-17"));
        assertThat(lastAbout("sample:R-200").details()).containsEntry("basis", "BREAK_GLASS");
        assertThat(as(auditor, breakGlass::grants)).extracting(BreakGlassGrant::username).contains(coordinator.username());

        clock.advance(Duration.ofMinutes(31));
        assertThatThrownBy(() -> as(coordinator, () -> genetics.followLink("R-200"))).isInstanceOf(AccessDeniedException.class);

        assertThatThrownBy(() -> as(observer, () -> breakGlass.open(GeneticData.linkResource("R-200"), "I would just like to look")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_withdrawn_consent_takes_the_profile_out_of_matching_and_exports() {
        run(analyst, () -> genetics.storeRemainsProfile("R-300", MARKERS));
        run(analyst, () -> genetics.storeReferenceProfile("F-300", MARKERS, Consent.sharingWith(Set.of("ICMP"))));
        run(analyst, () -> genetics.storeReferenceProfile("F-301", MARKERS, Consent.identificationOnly()));

        assertThat(codes(as(analyst, genetics::profilesEligibleForMatching))).contains("R-300", "F-300", "F-301");
        assertThat(codes(as(analyst, () -> genetics.exportForSharingWith("ICMP")))).contains("F-300").doesNotContain("F-301", "R-300");
        assertThat(codes(as(analyst, () -> genetics.exportForSharingWith("Someone else")))).doesNotContain("F-300");

        run(liaison, () -> genetics.withdrawConsent("F-300", "The donor asked by letter of 3 May"));

        assertThat(codes(as(analyst, genetics::profilesEligibleForMatching))).contains("R-300", "F-301").doesNotContain("F-300");
        assertThat(codes(as(analyst, () -> genetics.exportForSharingWith("ICMP")))).doesNotContain("F-300");
        AuditEntry withdrawal = audit.about("sample:F-300").stream().filter(e -> e.action().equals("consent.withdrawn")).findFirst()
                .orElseThrow();
        assertThat(withdrawal.actor()).isEqualTo(liaison.username());
        assertThat(withdrawal.details()).containsEntry("reason", "The donor asked by letter of 3 May");

        run(liaison, () -> genetics.recordConsent("F-300", Consent.identificationOnly()));
        assertThat(codes(as(analyst, genetics::profilesEligibleForMatching))).contains("F-300");
    }

    private AuditEntry lastAbout(String subject) {
        List<AuditEntry> entries = audit.about(subject);
        return entries.get(entries.size() - 1);
    }

    private static List<String> codes(List<GeneticProfile> profiles) {
        return profiles.stream().map(GeneticProfile::sampleCode).toList();
    }

    private static void run(UserAccount account, Runnable action) {
        as(account, () -> {
            action.run();
            return null;
        });
    }

    /** The query of the reads by {@code user} of {@code sample} (either null for any), page {@code page} of {@code size}. */
    private static ListQuery reads(String user, String sample, int page, int size) {
        return new ListQuery(page, size, null, false, new ListQuery.Filter(sample, null, null, null, null, null, user, null));
    }
}
