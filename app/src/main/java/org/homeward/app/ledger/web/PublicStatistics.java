package org.homeward.app.ledger.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.homeward.app.ledger.AgreementProgress;
import org.homeward.app.ledger.BreakdownCheck;
import org.homeward.app.ledger.ClaimView;
import org.homeward.app.ledger.DirectionProgress;
import org.homeward.app.ledger.DirectionSummary;
import org.homeward.app.ledger.FigureSet;
import org.homeward.app.ledger.OfferView;
import org.homeward.app.ledger.PartyTally;
import org.homeward.app.ledger.QualitativeClaimView;
import org.homeward.app.ledger.Statistics;
import org.homeward.app.ledger.TransferView;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The public statistics as open data: the figures the page shows, from the same {@link Statistics},
 * with every claim's sentence and source (publisher, title, date, address; never where a text is
 * archived inside the installation) and never who entered it. Dates are ISO text at the precision
 * known: 2025-06-16, 2025-06 or 2025.
 */
@Schema(description = "The figures of the public statistics page")
record PublicStatistics(
        @Schema(description = "When the latest claim or verdict was recorded; null for an empty ledger") Instant updatedAt,
        @Schema(description = "Per direction: the claims' range, each party's sum, returns, identified so far") List<Direction> directions,
        List<Transfer> transfers, List<Agreement> agreements, List<Offer> offers,
        @Schema(description = "Recoveries by place and casualty figures by population") List<Subject> otherFigures,
        List<Breakdown> breakdowns,
        @Schema(description = "Claims without a figure, or with only an order of magnitude") List<Qualitative> qualitativeClaims) {

    record Source(String publisher, String title, LocalDate publishedOn, String url) {
    }

    @Schema(description = "A party's figure as stated: qualifier EXACT, APPROXIMATE, AT_LEAST, AT_MOST or RANGE with its values")
    record Claim(String party, String unit, String qualifier, Long low, Long best, Long high, String reliability,
                 String quote, String speaker, Source source) {
    }

    record PartySum(String party, long total, int counted, int of) {
    }

    @Schema(description = "One direction. upper is null when some count has no upper bound; identified and identifiedShare are null when not reported")
    record Direction(String from, String to, int handovers, int uncounted, long lower, Long upper, List<PartySum> byParty,
                     int returns, long returnedLower, Long returnedUpper, Long identified, Double identifiedShare,
                     @Schema(description = "Pairs of transfers that could be one handover counted twice, not yet ruled on") int possibleDuplicates) {
    }

    record Transfer(String id, String date, String from, String to, Integer phase, String agreement, List<Claim> claims) {
    }

    record AgreementDirection(String from, String to, List<Claim> committed, List<Claim> delivered, List<PartySum> recorded) {
    }

    record Agreement(String name, String date, List<AgreementDirection> directions) {
    }

    record Offer(String date, String from, String to, String description, String response, List<Claim> claims) {
    }

    record Subject(String kind, String about, List<Claim> claims) {
    }

    record Breakdown(Claim whole, List<Claim> parts, List<Claim> shares, long partsTotal, String status) {
    }

    @Schema(description = "magnitude: TENS, HUNDREDS, THOUSANDS, TENS_OF_THOUSANDS or HUNDREDS_OF_THOUSANDS; verification: UNVERIFIED, CONTESTED or CORROBORATED")
    record Qualitative(String assertion, String place, String date, String magnitude, String verification,
                       String corroboratedBy, String speaker, String quote, Source source) {
    }

    static PublicStatistics of(Statistics statistics) {
        return new PublicStatistics(statistics.updatedAt(),
                statistics.summary().stream().map(PublicStatistics::direction).toList(),
                statistics.transfers().stream().map(PublicStatistics::transfer).toList(),
                statistics.agreements().stream().map(PublicStatistics::agreement).toList(),
                statistics.offers().stream().map(PublicStatistics::offer).toList(),
                Stream.concat(statistics.recoveries().stream(), statistics.casualties().stream())
                        .map(set -> new Subject(set.subject().kind().name(), set.subject().about(), claims(set))).toList(),
                statistics.breakdowns().stream().map(PublicStatistics::breakdown).toList(),
                statistics.qualitative().stream().map(PublicStatistics::qualitative).toList());
    }

    private static Direction direction(DirectionSummary summary) {
        var total = summary.total();
        return new Direction(total.from().name(), total.to().name(), total.transfers(), total.uncounted(), total.lower(),
                total.upper(), sums(total.byParty()), summary.returns(), summary.returnedLower(), summary.returnedUpper(),
                summary.identified(), summary.identifiedShare(), total.unresolved().size());
    }

    private static List<PartySum> sums(List<PartyTally> tallies) {
        return tallies.stream().map(t -> new PartySum(t.party().name(), t.total(), t.counted(), t.of())).toList();
    }

    private static Transfer transfer(TransferView view) {
        var transfer = view.transfer();
        return new Transfer(transfer.id().toString(), transfer.date().toString(), view.from().name(), view.to().name(),
                transfer.phase(), view.agreement() == null ? null : view.agreement().name(),
                view.figures().stream().flatMap(set -> claims(set).stream()).toList());
    }

    private static Agreement agreement(AgreementProgress progress) {
        List<AgreementDirection> directions = new ArrayList<>();
        for (DirectionProgress direction : progress.directions()) {
            directions.add(new AgreementDirection(direction.from().name(), direction.to().name(), claims(direction.committed()),
                    claims(direction.delivered()), sums(direction.recorded())));
        }
        return new Agreement(progress.agreement().name(), progress.agreement().concludedOn().toString(), directions);
    }

    private static Offer offer(OfferView view) {
        return new Offer(view.offer().madeOn().toString(), view.from().name(), view.to().name(), view.offer().description(),
                view.offer().status().name(), view.figures().stream().flatMap(set -> claims(set).stream()).toList());
    }

    private static Breakdown breakdown(BreakdownCheck check) {
        return new Breakdown(claim(check.whole()), check.parts().stream().map(PublicStatistics::claim).toList(),
                check.shares().stream().map(PublicStatistics::claim).toList(), check.partsTotal(), check.status().name());
    }

    private static Qualitative qualitative(QualitativeClaimView view) {
        var claim = view.claim();
        return new Qualitative(claim.assertion(), claim.place(), claim.claimedOn() == null ? null : claim.claimedOn().toString(),
                claim.magnitude() == null ? null : claim.magnitude().name(), claim.verification().name(), claim.corroboratedBy(),
                speaker(view.speaker() == null ? null : view.speaker().name(), view.statement().speaker()),
                view.statement().quote(), source(view.source()));
    }

    private static List<Claim> claims(FigureSet set) {
        return set == null ? List.of() : set.claims().stream().map(PublicStatistics::claim).toList();
    }

    private static Claim claim(ClaimView view) {
        var claim = view.claim();
        var figure = claim.figure();
        return new Claim(view.party().name(), claim.unit().name(), figure.qualifier().name(), figure.low(), figure.best(),
                figure.high(), view.reliability().name(), view.statement().quote(),
                speaker(view.speaker() == null ? null : view.speaker().name(), view.statement().speaker()), source(view.source()));
    }

    /** "Russian negotiating delegation (Vladimir Medinsky)", the party or the named person alone, or null. */
    static String speaker(String party, String person) {
        if (party == null) {
            return person;
        }
        return person == null ? party : party + " (" + person + ")";
    }

    private static Source source(org.homeward.app.ledger.Source source) {
        return new Source(source.publisher(), source.title(), source.publishedOn(), source.url());
    }

    /** The words of a message key in the reader's language, with its arguments. */
    @FunctionalInterface
    interface Words {
        String of(String key, Object... arguments);
    }

    /**
     * Every claim of the document, as rows of the CSV in the reader's language: figures first, then
     * claims without a figure. The columns keep their names (the documented schema); each value that
     * is a word (what it is about, the phase, the unit, how stated, the grades) is in {@code words}.
     */
    List<List<Object>> rows(Words words) {
        List<List<Object>> rows = new ArrayList<>();
        transfers.forEach(t -> t.claims().forEach(c -> rows.add(row(words, "TRANSFER", t.from() + " → " + t.to()
                + (t.phase() == null ? "" : ", " + words.of("ledger.phase", t.phase())), t.date(), c))));
        agreements.forEach(a -> a.directions().forEach(d -> {
            d.committed().forEach(c -> rows.add(row(words, "COMMITTED", a.name() + ": " + d.from() + " → " + d.to(), a.date(), c)));
            d.delivered().forEach(c -> rows.add(row(words, "DELIVERED", a.name() + ": " + d.from() + " → " + d.to(), a.date(), c)));
        }));
        offers.forEach(o -> o.claims().forEach(c -> rows.add(row(words, "OFFER", o.from() + " → " + o.to(), o.date(), c))));
        otherFigures.forEach(s -> s.claims().forEach(c -> rows.add(row(words, s.kind(), s.about(), null, c))));
        for (Qualitative q : qualitativeClaims) {
            rows.add(List.of(words.of("statistics.csv.QUALITATIVE"), text(q.assertion() + (q.place() == null ? "" : " (" + q.place() + ")")),
                    text(q.date()), "", "", "", "", "", "", q.magnitude() == null ? "" : words.of("ledger.magnitude." + q.magnitude()),
                    words.of("ledger.verification." + q.verification()), text(q.corroboratedBy()),
                    text(q.speaker()), text(q.quote()), text(q.source().publisher()), text(q.source().title()),
                    text(q.source().publishedOn()), text(q.source().url())));
        }
        return rows;
    }

    static final List<String> CSV_COLUMNS = List.of("kind", "subject", "date", "party", "unit", "qualifier", "low", "best",
            "high", "magnitude", "verification_or_reliability", "corroborated_by", "speaker", "quote", "publisher", "title",
            "published_on", "url");

    private static List<Object> row(Words words, String kind, String subject, String date, Claim c) {
        return List.of(words.of("ledger.subject." + kind), text(subject), text(date), c.party(), words.of("ledger.unit." + c.unit()),
                words.of("ledger.qualifier." + c.qualifier()), text(c.low()), text(c.best()), text(c.high()), "",
                words.of("ledger.reliability." + c.reliability()), "", text(c.speaker()), c.quote(), c.source().publisher(),
                text(c.source().title()), text(c.source().publishedOn()), text(c.source().url()));
    }

    private static Object text(Object value) {
        return value == null ? "" : value;
    }
}
