package org.homeward.app.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.assertj.core.groups.Tuple;
import org.homeward.app.audit.AuditEvent;
import org.homeward.app.chain.ChainHead;
import org.homeward.app.chain.ChainVerification;
import org.homeward.app.chain.TamperEvidentLog;
import org.homeward.app.database.DatabaseBackups;
import org.homeward.app.genetics.GeneticData;
import org.homeward.app.identification.CandidateId;
import org.homeward.app.identification.Identification;
import org.homeward.app.identification.SimulatedCases;
import org.homeward.app.registry.Families;
import org.homeward.app.registry.MissingPersons;
import org.homeward.app.registry.ReferenceSamples;
import org.homeward.app.security.SystemTasks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finding 9 of issue 14: tampering that a chain cannot see by itself (its newest links removed, or
 * the chain rewritten from some link on with valid hashes) is named by holding the chain to the
 * signed checkpoints in the data directory, as {@code homeward verify} does, without a hand-kept
 * head; an allele edited in the database is named by the genetics chain; a forged checkpoint line
 * is refused. Each tampering runs as the superuser with the triggers off and is rolled back.
 */
@SpringBootTest(properties = {"homeward.test.purpose=checkpoints", "homeward.identification.screen-on-change=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChainCheckpointTest {

    @Autowired
    Checkpoints checkpoints;

    @Autowired
    CheckpointKey key;

    @Autowired
    CheckpointFile file;

    @Autowired
    CheckpointProperties properties;

    @Autowired
    List<TamperEvidentLog> logs;

    @Autowired
    MissingPersons missingPersons;
    @Autowired
    Families families;
    @Autowired
    ReferenceSamples samples;

    @Autowired
    GeneticData genetics;

    @Autowired
    Identification identification;

    @Autowired
    DatabaseBackups backups;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    Map<String, TamperEvidentLog> byName;

    /** The audit head of the first checkpoint, and the later checkpoint's, with audit entries between them. */
    long firstAuditCheckpoint;
    long secondAuditCheckpoint;

    @BeforeAll
    void recordAndCheckpoint() {
        byName = logs.stream().collect(Collectors.toMap(TamperEvidentLog::name, Function.identity()));
        SystemTasks.runAs("lab", () -> new SimulatedCases(20261203).register(missingPersons, families, samples, genetics, "CP", 2, 2));
        SystemTasks.runAs("analyst-a", identification::runAll);
        SystemTasks.runAs("analyst-a", () -> identification.propose(new CandidateId(identification.queue().get(0).id()), "consistent"));
        firstAuditCheckpoint = checkpointed("audit", checkpoints.write("test"));
        SystemTasks.runAs("test", () -> transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 3; i++) {
                events.publishEvent(AuditEvent.of("test.between-checkpoints", "thing:" + i));
            }
        }));
        secondAuditCheckpoint = checkpointed("audit", checkpoints.write("test"));
    }

    @Test
    void every_chain_is_checkpointed_and_matches_while_untouched() {
        KeptCheckpoints kept = checkpoints.read();
        assertThat(kept.refused()).isEmpty();
        assertThat(kept.checkpoints()).extracting(Checkpoint::chain).contains("audit", "custody", "decisions", "genetics");
        for (TamperEvidentLog log : logs) {
            ChainVerification verification = verify(log);
            assertThat(verification.intact()).as(verification.summary()).isTrue();
            assertThat(SystemTasks.callAs("test", () -> checkpoints.check(log, verification, kept))).isEmpty();
        }
    }

    @Test
    void deleting_the_newest_audit_entries_is_named() {
        long head = byName.get("audit").head().seq();

        Optional<String> problem = tampered("audit", "DELETE FROM audit_event WHERE seq > " + (secondAuditCheckpoint - 2));

        assertThat(head).isGreaterThanOrEqualTo(secondAuditCheckpoint);
        assertThat(problem).hasValueSatisfying(text -> assertThat(text)
                .startsWith("Audit chain truncated or rewritten at or before entry " + secondAuditCheckpoint + ": ")
                .contains("the chain ends at entry " + (secondAuditCheckpoint - 2))
                .contains("entry " + firstAuditCheckpoint + ", checkpointed earlier, still matches"));
    }

    @Test
    void deleting_the_newest_decision_is_named() {
        long decisions = SystemTasks.callAs("test", () -> byName.get("decisions").head().seq());
        assertThat(decisions).isPositive();

        Optional<String> problem = tampered("decisions", "DELETE FROM identification_decision WHERE id = " + decisions);

        assertThat(problem).hasValueSatisfying(text -> assertThat(text)
                .startsWith("Decision chain truncated or rewritten at or before decision " + decisions + ": ")
                .contains("the chain ends at decision " + (decisions - 1)));
    }

    @Test
    void rewriting_the_audit_chain_from_an_entry_on_with_valid_hashes_is_named_between_two_checkpoints() {
        long from = firstAuditCheckpoint + 2;

        Optional<String> problem = transactions.execute(status -> {
            jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER USER").update();
            jdbc.sql("DELETE FROM audit_event WHERE seq >= ?").param(from).update();
            // the rewrite: entries appended afresh by the audit log itself, so every hash is valid
            SystemTasks.runAs("forger", () -> {
                for (long seq = from; seq <= secondAuditCheckpoint + 5; seq++) {
                    events.publishEvent(AuditEvent.of("test.rewritten", "thing:" + seq));
                }
            });
            ChainVerification verification = verify(byName.get("audit"));
            assertThat(verification.intact()).as("a rewrite with valid hashes passes the chain's own check").isTrue();
            Optional<String> found = SystemTasks.callAs("test", () -> checkpoints.check(byName.get("audit"), verification, checkpoints.read()));
            status.setRollbackOnly();
            return found;
        });

        assertThat(problem).hasValue("Audit chain rewritten or truncated at or before entry " + secondAuditCheckpoint + ": entry "
                + secondAuditCheckpoint + " no longer has the hash of the checkpoint of " + checkpointOf("audit", secondAuditCheckpoint).at()
                + " (line " + checkpointOf("audit", secondAuditCheckpoint).line() + " of " + file.path() + "); entry " + firstAuditCheckpoint
                + ", checkpointed earlier, still matches, so the change lies after it");
    }

    @Test
    void an_allele_edited_in_the_database_is_named_with_its_sample() {
        TamperEvidentLog geneticsLog = byName.get("genetics");
        assertThat(verify(geneticsLog).intact()).isTrue();
        String sample = "CP-BONE-1";
        long link = jdbc.sql("SELECT max(seq) FROM genetic_profile_chain WHERE sample_code = ?").param(sample).query(Long.class).single();

        ChainVerification edited = transactions.execute(status -> {
            jdbc.sql("ALTER TABLE genetic_profile DISABLE TRIGGER USER").update();
            jdbc.sql("""
                    UPDATE genetic_profile SET allele1 = '99' WHERE sample_code = ?
                      AND marker = (SELECT min(marker) FROM genetic_profile WHERE sample_code = ?)""").params(sample, sample).update();
            ChainVerification result = verify(geneticsLog);
            status.setRollbackOnly();
            return result;
        });

        assertThat(edited.firstBroken()).hasValue(link);
        assertThat(edited.summary()).isEqualTo("Genetic profile chain broken at link " + link + " (sample " + sample + "): the stored"
                + " alleles of sample " + sample + " no longer match the fingerprint of its newest link " + link
                + ": the profile was altered");
        assertThat(verify(geneticsLog).intact()).isTrue();
    }

    @Test
    void a_checkpoint_line_signed_with_another_key_is_refused(@TempDir Path elsewhere) throws IOException {
        Path copy = elsewhere.resolve("checkpoints.jsonl");
        Files.copy(file.path(), copy);
        int trusted = new CheckpointFile(copy, key, TimestampAuthority.none()).read().checkpoints().size();
        CheckpointKey forger = CheckpointKey.loadOrCreate(elsewhere.resolve("forger.pem"));
        // a well-formed line, chained to the last one, that claims the audit chain had a single entry
        new CheckpointFile(copy, forger, TimestampAuthority.none()).append(List.of(new CheckpointFile.Head("audit", ChainHead.EMPTY.next(Map.of("forged", 1)))),
                Instant.parse("2026-12-03T08:00:00Z"), "forged");

        KeptCheckpoints kept = new CheckpointFile(copy, key, TimestampAuthority.none()).read();

        assertThat(kept.checkpoints()).hasSize(trusted);
        assertThat(kept.refused()).hasValue("line " + (trusted + 1) + " is refused: its signature does not verify with the checkpoint key "
                + key.file() + " (forged, or signed with another key)");
    }

    @Test
    void the_key_is_created_at_first_start_readable_by_its_owner_only_and_kept(@TempDir Path directory) throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.file()))).isEqualTo("rw-------");

        Path keyFile = directory.resolve("keys/checkpoint-key.pem");
        CheckpointKey created = CheckpointKey.loadOrCreate(keyFile);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        assertThat(CheckpointKey.loadOrCreate(keyFile).publicKeyPem()).isEqualTo(created.publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----\n");
        assertThat(checkpoints.publicKeyPem()).isEqualTo(key.publicKeyPem()).isNotEqualTo(created.publicKeyPem());
    }

    @Test
    void no_timestamp_authority_is_asked_by_default() {
        assertThat(properties.tsaUrl()).isNull();
        assertThat(checkpoints.read().checkpoints()).extracting(Checkpoint::timestamp).containsOnlyNulls();
    }

    @Test
    void a_backup_writes_a_checkpoint_of_every_chain(@TempDir Path directory) {
        int before = checkpoints.read().checkpoints().size();

        SystemTasks.runAs("test", () -> backups.backup(directory.resolve("homeward.zip")));

        KeptCheckpoints kept = checkpoints.read();
        assertThat(kept.refused()).isEmpty();
        assertThat(kept.checkpoints().subList(before, kept.checkpoints().size()))
                .extracting(Checkpoint::chain, Checkpoint::reason)
                .containsExactly(List.of("audit", "custody", "decisions", "genetics").stream()
                        .map(chain -> tuple(chain, "backup homeward.zip")).toArray(Tuple[]::new));
    }

    private ChainVerification verify(TamperEvidentLog log) {
        return SystemTasks.callAs("test", log::verify);
    }

    /** Tampers with {@code chain}'s table as the superuser (triggers off), checks it as verify does, and rolls back. */
    private Optional<String> tampered(String chain, String statement) {
        String table = statement.replaceFirst("DELETE FROM (\\w+).*", "$1");
        return transactions.execute(status -> {
            jdbc.sql("ALTER TABLE " + table + " DISABLE TRIGGER USER").update();
            jdbc.sql(statement).update();
            ChainVerification verification = verify(byName.get(chain));
            assertThat(verification.intact()).as("removing the newest links passes the chain's own check").isTrue();
            Optional<String> found = SystemTasks.callAs("test", () -> checkpoints.check(byName.get(chain), verification, checkpoints.read()));
            status.setRollbackOnly();
            return found;
        });
    }

    private static long checkpointed(String chain, List<Checkpoint> written) {
        return written.stream().filter(checkpoint -> checkpoint.chain().equals(chain)).findFirst().orElseThrow().seq();
    }

    private Checkpoint checkpointOf(String chain, long seq) {
        return checkpoints.read().checkpoints().stream().filter(c -> c.chain().equals(chain) && c.seq() == seq).findFirst().orElseThrow();
    }
}
