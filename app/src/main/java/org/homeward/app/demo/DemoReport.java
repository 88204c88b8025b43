package org.homeward.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.homeward.app.ledger.ClaimId;
import org.homeward.app.ledger.CommitmentId;
import org.homeward.app.ledger.Magnitude;
import org.homeward.app.ledger.NewReport;
import org.homeward.app.ledger.NewSource;
import org.homeward.app.ledger.PartyId;
import org.homeward.app.ledger.ProposalKind;
import org.homeward.app.ledger.ProposedClaim;
import org.homeward.app.ledger.ReportEntry;
import org.homeward.app.ledger.ReportReading;
import org.homeward.app.ledger.SourceId;
import org.homeward.app.ledger.StatementId;
import org.homeward.app.ledger.Subject;
import org.homeward.app.ledger.Unit;
import org.homeward.app.ledger.Verification;

/**
 * One report of the demonstration as a coordinator enters it on the one-screen page: its text (a
 * retelling of the archived report's facts in our own words, under {@code demo/ledger/}), its source,
 * and the coordinator's review of what the reader proposes, one {@link Review} per claim kept. A
 * proposal nobody reviews is rejected. The figure and the sentence always come from the reader; the
 * review chooses the speaker, whose figure it is, the subject and the parts, as a person does on the page.
 */
record DemoReport(String key, NewSource source, List<Review> reviews) {

    DemoReport {
        reviews = List.copyOf(reviews);
    }

    /** The Istanbul agreement's two directions, whose ids the ledger gives when the agreement is recorded. */
    record Directions(CommitmentId toUkraine, CommitmentId toRussia) {
    }

    /**
     * What the coordinator makes of one proposal, found by a phrase of its sentence and its figure as
     * written ({@code figure} null: a claim without a number).
     *
     * @param speaker   who is quoted; null when the source speaks for itself
     * @param party     whose figure it is (null for a claim without a number)
     * @param unit      the unit, when the reader's is to be corrected; else null
     * @param partOf    the key of the review whose figure this one is a part of, else null
     * @param assertion for a claim without a number, what the coordinator writes it asserts
     */
    record Review(String key, String cue, String figure, PartyId speaker, String person, PartyId party,
                  Function<Directions, Subject> subject, Unit unit, String partOf, boolean share, NewReport.Assertion assertion) {

        static Review count(String key, String cue, String figure, PartyId speaker, PartyId party, Function<Directions, Subject> subject) {
            return new Review(key, cue, figure, speaker, null, party, subject, null, null, false, null);
        }

        /** A claim kept without a number: what it asserts, where, and the order of magnitude it names. */
        static Review qualitative(String key, String cue, String figure, PartyId speaker, String person, String assertion,
                                  String place, Magnitude magnitude) {
            return new Review(key, cue, figure, speaker, person, null, directions -> null, null, null, false,
                    new NewReport.Assertion(assertion, place, Verification.UNVERIFIED, magnitude));
        }

        Review person(String name) {
            return new Review(key, cue, figure, speaker, name, party, subject, unit, partOf, share, assertion);
        }

        Review in(Unit corrected) {
            return new Review(key, cue, figure, speaker, person, party, subject, corrected, partOf, share, assertion);
        }

        /** One of the parts that make up the figure of review {@code whole}. */
        Review partOf(String whole) {
            return new Review(key, cue, figure, speaker, person, party, subject, unit, whole, false, assertion);
        }

        /** "Of those": a share named of the figure of review {@code whole}. */
        Review shareOf(String whole) {
            return new Review(key, cue, figure, speaker, person, party, subject, unit, whole, true, assertion);
        }
    }

    SourceId sourceId() {
        return new SourceId(LedgerDemoData.id("source/" + key));
    }

    /** The retelling the coordinator pastes. */
    String text() {
        try (InputStream in = DemoReport.class.getResourceAsStream("ledger/" + key + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("no retelling of report " + key);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The report as the coordinator confirms it: one item per review, in order, each from the proposal it names. */
    NewReport confirm(ReportReading reading, Directions directions) {
        List<NewReport.Item> items = new ArrayList<>();
        Set<ProposedClaim> used = new HashSet<>();
        for (Review review : reviews) {
            List<ProposedClaim> matching = reading.claims().stream()
                    .filter(claim -> claim.sentence().contains(review.cue()))
                    .filter(claim -> review.figure() == null ? claim.kind() == ProposalKind.QUALITATIVE : review.figure().equals(claim.text()))
                    .toList();
            if (matching.isEmpty()) {
                throw new IllegalStateException("report " + key + ": the reader proposed no claim for " + review.key());
            }
            // the first proposal not yet kept; a proposal kept again is a second claim of the same words ("both governments")
            ProposedClaim proposed = matching.stream().filter(claim -> !used.contains(claim)).findFirst()
                    .orElse(matching.get(matching.size() - 1));
            used.add(proposed);
            boolean qualitative = review.assertion() != null;
            Unit unit = review.unit() != null ? review.unit() : proposed.unit();
            items.add(new NewReport.Item(qualitative ? ProposalKind.QUALITATIVE : ProposalKind.COUNT, proposed.sentence(),
                    review.speaker(), review.person(), proposed.statedOn(), review.party(), review.subject().apply(directions), null,
                    qualitative ? null : unit, qualitative ? null : proposed.figure(), review.partOf() == null ? null : index(review.partOf()),
                    review.share(), review.assertion()));
        }
        return new NewReport(source, List.of(), items);
    }

    /** The id the claim of review {@code reviewKey} is recorded under. */
    ClaimId claimId(String reviewKey) {
        return ReportEntry.claimId(sourceId(), index(reviewKey));
    }

    /** The id of the statement the review {@code reviewKey} quotes first. */
    StatementId statementId(String reviewKey) {
        return ReportEntry.statementId(sourceId(), index(reviewKey));
    }

    boolean has(String reviewKey) {
        return reviews.stream().anyMatch(review -> review.key().equals(reviewKey));
    }

    private int index(String reviewKey) {
        for (int i = 0; i < reviews.size(); i++) {
            if (reviews.get(i).key().equals(reviewKey)) {
                return i;
            }
        }
        throw new IllegalArgumentException("report " + key + " has no review " + reviewKey);
    }
}
