package org.homeward.app.identification;

import static org.homeward.app.security.Permission.IDENTIFICATION_REVIEW;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.homeward.app.chain.ChainHead;
import org.homeward.app.chain.ChainVerification;
import org.homeward.app.chain.ChainVerifier;
import org.homeward.app.chain.TamperEvidentLog;
import org.homeward.app.security.RequiresPermission;
import org.homeward.app.identification.store.IdentificationStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The analysts' decision log as a tamper-evident log: decision n is link n of a {@code Chain}
 * over its fields ({@link #content}); the first follows the genesis hash. Anyone who can read the
 * table can recompute it.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DecisionLog implements TamperEvidentLog {

    private final IdentificationStore store;

    @Override
    public String name() {
        return "decisions";
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    @RequiresPermission(IDENTIFICATION_REVIEW)
    public ChainVerification verify() {
        ChainVerifier verifier = new ChainVerifier("Decision", "decision");
        for (Decision d : store.allDecisions()) {
            if (!verifier.accept(d.id(), d.previousHash(), d.hash(), content(d), null)) {
                break;
            }
        }
        return verifier.result();
    }

    @Override
    @Transactional(readOnly = true)
    @RequiresPermission(IDENTIFICATION_REVIEW)
    public ChainHead head() {
        return store.decisions(1).stream().map(d -> new ChainHead(d.id(), d.hash())).findFirst().orElse(ChainHead.EMPTY);
    }

    @Override
    @Transactional(readOnly = true)
    @RequiresPermission(IDENTIFICATION_REVIEW)
    public Optional<String> hashOf(long seq) {
        return store.decision(seq).map(Decision::hash);
    }

    /** What a decision's hash covers: every field but the hashes, the time in microseconds as stored. */
    static Map<String, Object> content(Decision d) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("id", d.id());
        content.put("kind", d.kind().name());
        content.put("candidateId", d.candidateId());
        content.put("proposalId", d.proposalId());
        content.put("sampleCode", d.sampleCode());
        content.put("bodyNumber", d.bodyNumber());
        content.put("familyId", d.familyId());
        content.put("missingPersonId", d.missingPersonId());
        content.put("log10Lr", d.log10Lr());
        content.put("prior", d.prior());
        content.put("posterior", d.posterior());
        content.put("reason", d.reason());
        content.put("decidedBy", d.decidedBy());
        content.put("decidedAt", DateTimeFormatter.ISO_INSTANT.format(d.decidedAt().truncatedTo(ChronoUnit.MICROS)));
        return content;
    }
}
