package org.homeward.app.genetics;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.homeward.app.audit.AuditEntry;
import org.homeward.app.audit.AuditLog;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.springframework.stereotype.Service;

/**
 * Every read of DNA profiles, for the auditor: who read which sample codes and why, newest first,
 * per user and per sample. Read from the audit log, where {@link GeneticData} writes one entry per
 * read (and per export).
 */
@Service
public class GeneticReads {

    /** One read: its audit entry, who, the sample codes and why (the request, or a task without one). */
    public record Read(long seq, Instant at, String user, List<String> samples, String why) {

        public Read {
            samples = List.copyOf(samples);
        }
    }

    /** A page of reads (numbered from 0) and whether more follow. */
    public record Page(List<Read> reads, int page, boolean more) {

        public Page {
            reads = List.copyOf(reads);
        }
    }

    private static final Set<String> ACTIONS = Set.of(GeneticData.READ_ACTION, "genetic-profiles.exported");

    private final AuditLog audit;

    GeneticReads(AuditLog audit) {
        this.audit = audit;
    }

    /** The reads by {@code user} (all when blank) of {@code sample} (any when blank), page {@code page} of {@code size}. */
    @RequiresPermission(Permission.AUDIT_READ)
    public Page reads(String user, String sample, int page, int size) {
        String who = blankToNull(user);
        String code = blankToNull(sample);
        List<Read> matching = audit.withActions(ACTIONS, who, code).stream().map(GeneticReads::read)
                .filter(read -> code == null || read.samples().contains(code)).toList();
        int from = Math.min(Math.max(page, 0) * size, matching.size());
        int to = Math.min(from + size, matching.size());
        return new Page(matching.subList(from, to), Math.max(page, 0), to < matching.size());
    }

    private static Read read(AuditEntry entry) {
        String samples = entry.details().getOrDefault(GeneticData.READ_SAMPLES, "");
        return new Read(entry.seq(), entry.occurredAt(), entry.actor(),
                samples.isEmpty() ? List.of() : Arrays.asList(samples.split(",")),
                entry.details().getOrDefault(GeneticData.READ_WHY, entry.action() + " " + entry.subject()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
