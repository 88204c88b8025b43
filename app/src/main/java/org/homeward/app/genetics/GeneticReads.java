package org.homeward.app.genetics;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.homeward.app.audit.AuditEntry;
import org.homeward.app.audit.AuditLog;
import org.homeward.app.common.ListQuery;
import org.homeward.app.common.Page;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.springframework.stereotype.Service;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Every read of DNA profiles, for the auditor: who read which sample codes and why, newest first,
 * per user and per sample. Read from the audit log, where {@link GeneticData} writes one entry per
 * read (and per export).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class GeneticReads {

    /** One read: its audit entry, who, the sample codes and why (the request, or a task without one). */
    public record Read(long seq, Instant at, String user, List<String> samples, String why) {

        public Read {
            samples = List.copyOf(samples);
        }
    }

    private static final Set<String> ACTIONS = Set.of(GeneticData.READ_ACTION, "genetic-profiles.exported");

    private final AuditLog audit;

    /**
     * A page of the reads, newest first unless sorted otherwise: by the query's actor when given, of the
     * sample code that is the query's text (exactly) when given, on its days.
     */
    @RequiresPermission(Permission.AUDIT_READ)
    public Page<Read> reads(ListQuery query) {
        ListQuery.Filter filter = query.filter();
        ListQuery byActor = new ListQuery(query.page(), query.size(), query.sort(), query.descending(),
                new ListQuery.Filter(null, null, filter.from(), filter.to(), null, null, filter.actor(), null));
        return audit.page(byActor, ACTIONS, GeneticData.READ_SAMPLES, filter.text()).map(GeneticReads::read);
    }

    private static Read read(AuditEntry entry) {
        String samples = entry.details().getOrDefault(GeneticData.READ_SAMPLES, "");
        return new Read(entry.seq(), entry.occurredAt(), entry.actor(),
                samples.isEmpty() ? List.of() : Arrays.asList(samples.split(",")),
                entry.details().getOrDefault(GeneticData.READ_WHY, entry.action() + " " + entry.subject()));
    }
}
