package org.homeward.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.homeward.app.jobs.store.JobStore;
import org.homeward.app.genetics.LabResultJobs;
import org.homeward.app.genetics.LabSide;
import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.remains.LedgerFixture;
import org.homeward.app.remains.ManifestImportJobs;
import org.homeward.app.remains.RemainsRegister;
import org.homeward.app.security.ApiTokens;
import org.homeward.app.security.Credential;
import org.homeward.app.security.Credentials;
import org.homeward.app.security.Permission;
import org.homeward.app.security.Role;
import org.homeward.app.security.SecurityTestSupport;
import org.homeward.app.security.SystemTasks;
import org.homeward.app.security.UserAccount;
import org.homeward.app.security.UserAccounts;
import org.homeward.formats.common.Strictness;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person's job is checked again when it starts, with the credential it was asked with: a job asked
 * for by someone whose role was withdrawn or whose account was disabled before it started is refused
 * with a message saying so, and nothing of it is done; a token's scopes and revocation count too.
 */
@SpringBootTest
class JobCredentialsTest {

    private static final byte[] UNREADABLE = "not a lab file\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    UserAccounts accounts;

    @Autowired
    LabResultJobs labResults;

    @Autowired
    JobStore store;

    @Autowired
    Credentials credentials;

    @Autowired
    ApiTokens tokens;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ManifestImportJobs manifests;

    @Autowired
    RemainsRegister register;

    @Autowired
    Ledger ledger;

    @Test
    void a_job_whose_requester_lost_its_permission_before_it_started_is_refused() throws Exception {
        Job job = askedThen(account -> accounts.changeRoles(account.id(), account.version(), Set.of(Role.AUDITOR)));
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.error()).contains("no longer holds [PROFILES_WRITE]");
        assertThat(job.problems()).as("refused before reading the file").isEmpty();
    }

    @Test
    void a_job_whose_requester_was_disabled_before_it_started_is_refused() throws Exception {
        Job job = askedThen(account -> accounts.setEnabled(account.id(), account.version(), false));
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.error()).contains("has been disabled");
    }

    @Test
    void a_job_whose_requester_still_holds_its_permission_does_its_work() throws Exception {
        Job job = askedThen(account -> account);
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.problems()).as("the file itself was read, and refused").isNotEmpty();
        assertThat(job.error()).doesNotContain("no longer holds").doesNotContain("disabled");
    }

    @Test
    void a_token_credential_holds_its_scopes_until_it_is_revoked() {
        UserAccount analyst = SecurityTestSupport.newUser(accounts, "job-token", Role.FORENSIC_ANALYST);
        long tokenId = SecurityTestSupport.as(analyst, () -> tokens.create("imports", EnumSet.of(Permission.PROFILES_WRITE),
                Duration.ofDays(1))).token().id();
        Credential asked = new Credential(analyst.id(), analyst.username(), tokenId);
        credentials.check(asked, List.of(Permission.PROFILES_WRITE));
        assertThatThrownBy(() -> credentials.check(asked, List.of(Permission.IDENTIFICATION_RUN)))
                .as("the account holds it, the token does not").isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("IDENTIFICATION_RUN");
        SecurityTestSupport.as(analyst, () -> {
            tokens.revoke(tokenId);
            return null;
        });
        assertThatThrownBy(() -> credentials.check(asked, List.of(Permission.PROFILES_WRITE)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("revoked");
    }

    @Test
    void a_manifest_registration_whose_requester_lost_its_permission_before_it_started_registers_nothing() throws Exception {
        LedgerFixture fixture = SystemTasks.callAs("test", () -> LedgerFixture.transfer(ledger, LocalDate.of(2025, 4, 2), 1, 1));
        TransferId transfer = fixture.transfer().id();
        Job job = askedThen(Role.COORDINATOR, coordinator -> manifests.start(transfer, "m.csv",
                "bag number\n1\n".getBytes(StandardCharsets.UTF_8), Strictness.STRICT, null),
                account -> accounts.changeRoles(account.id(), account.version(), Set.of(Role.AUDITOR)));
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.error()).contains("no longer holds [REMAINS_WRITE]");
        assertThat(SystemTasks.callAs("test", () -> register.receipt(transfer).bags())).isEmpty();
    }

    /** A lab-results job asked for by a new analyst, then {@code meanwhile} done to the account in the same transaction; the finished job. */
    private Job askedThen(UnaryOperator<UserAccount> meanwhile) throws InterruptedException {
        return askedThen(Role.FORENSIC_ANALYST,
                analyst -> labResults.start(LabSide.references, "results.txt", UNREADABLE, Strictness.STRICT), meanwhile);
    }

    /** A job asked for by a new user of {@code role}, then {@code meanwhile} done to the account in the same transaction; the finished job. */
    private Job askedThen(Role role, Function<UserAccount, JobId> ask, UnaryOperator<UserAccount> meanwhile) throws InterruptedException {
        UserAccount requester = SecurityTestSupport.newUser(accounts, "job-requester", role);
        JobId id = transactions.execute(tx -> {
            JobId asked = SecurityTestSupport.as(requester, () -> ask.apply(requester));
            SystemTasks.callAs("test", () -> meanwhile.apply(requester));
            return asked;
        });
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!store.find(id).orElseThrow().status().finished()) {
            assertThat(Instant.now()).as("the job finished").isBefore(deadline);
            Thread.sleep(50);
        }
        return store.find(id).orElseThrow();
    }
}
