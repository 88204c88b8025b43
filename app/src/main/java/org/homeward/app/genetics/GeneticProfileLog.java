package org.homeward.app.genetics;

import static org.homeward.app.security.Permission.PROFILES_READ;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

import org.homeward.app.chain.Chain;
import org.homeward.app.chain.ChainHead;
import org.homeward.app.chain.ChainVerification;
import org.homeward.app.chain.ChainVerifier;
import org.homeward.app.chain.TamperEvidentLog;
import org.homeward.app.security.RequiresPermission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The DNA profiles' writes as a tamper-evident log: every stored or replaced profile appends link n
 * over {@code {seq, sampleCode, profileHash, recordedAt}}, where {@code profileHash} is the
 * {@link Chain#fingerprint} of the profile's alleles ({@link #profileHash}). Verifying checks the
 * chain and then that every sample's stored alleles still have the fingerprint of its newest link,
 * so an allele edited in {@code genetic_profile} behind Homeward's back is named with its sample.
 * The link holds no allele: the chain adds no genetic data to what is stored.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class GeneticProfileLog implements TamperEvidentLog {

    /** pg_advisory_xact_lock key serialising appends: "Genetics" in ASCII. */
    private static final long APPEND_LOCK = 0x47656e6574696373L;

    private final JdbcClient jdbc;

    @Override
    public String name() {
        return "genetics";
    }

    /** Appends the link of {@code profile}, just stored, in the caller's transaction. */
    void recordStored(GeneticProfile profile, Instant recordedAt) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(APPEND_LOCK).query((row, n) -> 1).list();
        append(jdbc, head(), profile.sampleCode(), profileHash(profile.markers()), recordedAt);
    }

    /** Appends one link after {@code head} and returns the new head (also used to chain profiles stored before the chain existed). */
    static ChainHead append(JdbcClient jdbc, ChainHead head, String sampleCode, String profileHash, Instant recordedAt) {
        Instant recorded = recordedAt.truncatedTo(ChronoUnit.MICROS);
        ChainHead next = head.next(content(head.seq() + 1, sampleCode, profileHash, recorded));
        jdbc.sql("""
                INSERT INTO genetic_profile_chain (seq, sample_code, profile_hash, recorded_at, previous_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(next.seq(), sampleCode, profileHash, OffsetDateTime.ofInstant(recorded, ZoneOffset.UTC), head.hash(), next.hash())
                .update();
        return next;
    }

    /** The fingerprint of a profile's alleles: marker → [allele1, allele2], in canonical JSON. */
    static String profileHash(List<MarkerAlleles> markers) {
        Map<String, List<String>> alleles = new TreeMap<>();
        markers.forEach(marker -> alleles.put(marker.marker(), List.of(marker.allele1(), marker.allele2())));
        return Chain.fingerprint(alleles);
    }

    /**
     * Checks every link from the first and then every stored profile against its sample's newest
     * link, in one snapshot; a profile without any link counts as altered too.
     */
    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    @RequiresPermission(PROFILES_READ)
    public ChainVerification verify() {
        ChainVerifier verifier = new ChainVerifier("Genetic profile", "link");
        Map<String, Link> newest = new LinkedHashMap<>();
        for (Link link : jdbc.sql("SELECT * FROM genetic_profile_chain ORDER BY seq").query(GeneticProfileLog::link).list()) {
            if (!verifier.accept(link.seq(), link.previousHash(), link.hash(),
                    content(link.seq(), link.sampleCode(), link.profileHash(), link.recordedAt()), "sample " + link.sampleCode())) {
                return verifier.result();
            }
            newest.put(link.sampleCode(), link);
        }
        ChainVerification chain = verifier.result();
        List<Altered> altered = new ArrayList<>();
        storedProfiles().forEach((sampleCode, markers) -> {
            Link link = newest.get(sampleCode);
            if (link == null && !markers.isEmpty()) {
                altered.add(new Altered(chain.head().seq() + 1, sampleCode, "the stored profile of sample " + sampleCode
                        + " has no link: it was written outside Homeward"));
            } else if (link != null && !link.profileHash().equals(profileHash(markers))) {
                altered.add(new Altered(link.seq(), sampleCode, "the stored alleles of sample " + sampleCode
                        + " no longer match the fingerprint of its newest link " + link.seq() + ": the profile was altered"));
            }
        });
        return altered.stream().min(Comparator.comparingLong(Altered::seq))
                .map(first -> new ChainVerification(chain.chain(), chain.link(), chain.links(), OptionalLong.of(first.seq()),
                        "sample " + first.sampleCode(), first.problem(), chain.head()))
                .orElse(chain);
    }

    @Override
    @Transactional(readOnly = true)
    public ChainHead head() {
        return jdbc.sql("SELECT seq, hash FROM genetic_profile_chain ORDER BY seq DESC LIMIT 1")
                .query((row, n) -> new ChainHead(row.getLong("seq"), row.getString("hash"))).optional().orElse(ChainHead.EMPTY);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> hashOf(long seq) {
        return jdbc.sql("SELECT hash FROM genetic_profile_chain WHERE seq = ?").param(seq).query(String.class).optional();
    }

    /** Every sample's stored alleles (samples stored without markers have none, and no profile to check). */
    private Map<String, List<MarkerAlleles>> storedProfiles() {
        Map<String, List<MarkerAlleles>> profiles = new TreeMap<>();
        jdbc.sql("""
                SELECT s.sample_code, p.marker, p.allele1, p.allele2
                FROM genetic_sample s LEFT JOIN genetic_profile p ON p.sample_code = s.sample_code
                ORDER BY s.sample_code, p.marker""")
                .query(row -> {
                    List<MarkerAlleles> markers = profiles.computeIfAbsent(row.getString("sample_code"), code -> new ArrayList<>());
                    if (row.getString("marker") != null) {
                        markers.add(new MarkerAlleles(row.getString("marker"), row.getString("allele1"), row.getString("allele2")));
                    }
                });
        return profiles;
    }

    private static Map<String, Object> content(long seq, String sampleCode, String profileHash, Instant recordedAt) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("seq", seq);
        content.put("sampleCode", sampleCode);
        content.put("profileHash", profileHash);
        content.put("recordedAt", DateTimeFormatter.ISO_INSTANT.format(recordedAt));
        return content;
    }

    private static Link link(ResultSet row, int rowNumber) throws SQLException {
        return new Link(row.getLong("seq"), row.getString("sample_code"), row.getString("profile_hash"),
                row.getObject("recorded_at", OffsetDateTime.class).toInstant(), row.getString("previous_hash"), row.getString("hash"));
    }

    private record Link(long seq, String sampleCode, String profileHash, Instant recordedAt, String previousHash, String hash) {
    }

    private record Altered(long seq, String sampleCode, String problem) {
    }
}
