package org.homeward.app.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.homeward.app.chain.ChainHead;
import org.homeward.app.chain.ChainVerification;
import org.homeward.app.chain.TamperEvidentLog;
import org.homeward.app.checkpoint.Checkpoint;
import org.homeward.app.checkpoint.Checkpoints;
import org.homeward.app.checkpoint.KeptCheckpoints;
import org.homeward.app.security.SystemTasks;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The work of {@code homeward verify CHAIN} and of its aliases {@code audit verify} and
 * {@code custody verify}: checks each chosen tamper-evident log, prints its summary and head
 * ({@code Head: SEQ:HASH}), and fails (exit 1) naming the first broken link. It also holds each
 * chain to the signed checkpoints of its head kept outside the database, which catches the removal
 * of the newest links or a rewrite from some link on, that a chain cannot see by itself, and refuses
 * a checkpoint line whose signature does not verify. {@code --head} checks a head written down by hand.
 */
final class ChainVerifying {

    /** Verifies every chain. */
    static final String ALL = "all";

    @Mixin
    DataDirectoryApplication application;

    @Option(names = "--head", paramLabel = "SEQ:HASH",
            description = "An earlier head (link number and hash, as printed by an earlier verify) that must still be in the chain.")
    String head;

    int verify(String chain) {
        if (head != null && ALL.equals(chain)) {
            throw new CommandFailedException("--head checks one chain; name it instead of " + ALL, CommandLine.ExitCode.USAGE);
        }
        return application.run((context, out) -> {
            List<TamperEvidentLog> logs = chosen(chain, context.getBeansOfType(TamperEvidentLog.class).values());
            Checkpoints checkpoints = context.getBean(Checkpoints.class);
            KeptCheckpoints kept = checkpoints.read();
            List<String> broken = new ArrayList<>();
            kept.refused().ifPresent(refused -> broken.add("Checkpoint file " + kept.file() + ": " + refused));
            SystemTasks.runAs(SystemTasks.consoleActor(), () -> logs.forEach(log -> {
                ChainVerification verification = log.verify();
                if (!verification.intact()) {
                    broken.add(verification.summary());
                    return;
                }
                Optional<String> unlikeCheckpoint = checkpoints.check(log, verification, kept);
                if (unlikeCheckpoint.isPresent()) {
                    broken.add(unlikeCheckpoint.get());
                    return;
                }
                if (head != null) {
                    checkEarlierHead(log, verification);
                }
                out.println(verification.summary());
                out.println("Head: " + verification.head());
                latest(kept, log.name()).ifPresent(checkpoint -> out.println("Matches the checkpoint of " + checkpoint.at() + " ("
                        + verification.link() + " " + checkpoint.seq() + ", line " + checkpoint.line() + " of " + kept.file() + ")"));
            }));
            kept.warnings().forEach(warning -> out.println("Warning: checkpoint file " + kept.file() + ": " + warning));
            if (!broken.isEmpty()) {
                throw new CommandFailedException(String.join(System.lineSeparator(), broken));
            }
            return 0;
        });
    }

    /** Prints the public key that checks the checkpoints' signatures. */
    int printKey() {
        return application.runBesideServer((context, out) -> {
            out.print(context.getBean(Checkpoints.class).publicKeyPem());
            return 0;
        });
    }

    private static Optional<Checkpoint> latest(KeptCheckpoints kept, String chain) {
        return kept.checkpoints().stream().filter(checkpoint -> checkpoint.chain().equals(chain)).reduce((first, second) -> second);
    }

    private static List<TamperEvidentLog> chosen(String chain, Iterable<TamperEvidentLog> beans) {
        Map<String, TamperEvidentLog> byName = new TreeMap<>(Comparator.comparing(ChainVerifying::order).thenComparing(name -> name));
        beans.forEach(log -> byName.put(log.name(), log));
        if (ALL.equals(chain)) {
            return List.copyOf(byName.values());
        }
        TamperEvidentLog log = byName.get(chain);
        if (log == null) {
            throw new CommandFailedException("no chain called " + chain + "; choose one of " + String.join(", ", byName.keySet())
                    + " or " + ALL, CommandLine.ExitCode.USAGE);
        }
        return List.of(log);
    }

    /** The audit log first: it records the others' changes. */
    private static int order(String name) {
        return "audit".equals(name) ? 0 : 1;
    }

    private void checkEarlierHead(TamperEvidentLog log, ChainVerification verification) {
        String[] parts = head.split(":", 2);
        if (parts.length != 2 || !parts[0].matches("\\d{1,18}")) {
            throw new CommandFailedException("--head takes SEQ:HASH, as printed by verify", CommandLine.ExitCode.USAGE);
        }
        ChainHead earlier = new ChainHead(Long.parseLong(parts[0]), parts[1]);
        String chain = verification.chain() + " chain";
        if (earlier.seq() > verification.head().seq()) {
            throw new CommandFailedException(chain + " shortened: " + verification.link() + " " + earlier.seq()
                    + " of the earlier head is gone (the chain ends at " + verification.head().seq() + ").");
        }
        String hash = earlier.seq() == 0 ? ChainHead.EMPTY.hash() : log.hashOf(earlier.seq()).orElse("");
        if (!hash.equals(earlier.hash())) {
            throw new CommandFailedException(chain + " rewritten: " + verification.link() + " " + earlier.seq()
                    + " no longer has the hash of the earlier head.");
        }
    }
}
