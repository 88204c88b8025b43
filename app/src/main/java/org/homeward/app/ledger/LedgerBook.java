package org.homeward.app.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The computed views of one ledger snapshot: discrepancies, reliability, breakdown checks, agreement
 * progress, totals per direction and reciprocity, the timeline. Plain Java, no Spring and no SQL.
 *
 * <p>Figures are compared only within a subject and a unit. A party's figures are grouped by the
 * side it speaks for ({@link Party#side()}), so the Coordination Headquarters' count stands in
 * Ukraine's column. Nothing here ever picks one party's figure as "the" figure: sets carry every
 * current claim, the range they allow together and the largest difference between their values.
 */
final class LedgerBook {

    private static final Comparator<Claim> RECORDED = Comparator.comparing(Claim::recordedAt).thenComparing(c -> c.id().value());

    private final LedgerData data;
    private final ReceiptCounts receipts;
    private final Map<PartyId, Party> parties;
    private final Map<SourceId, Source> sources;
    private final Map<StatementId, Statement> statements;
    private final Map<ClaimId, Claim> claims;
    private final Map<ClaimId, ClaimId> supersededBy = new HashMap<>();
    private final Map<TransferId, Transfer> transfers;
    private final Map<AgreementId, Agreement> agreements;
    private final Map<CommitmentId, Commitment> commitments = new LinkedHashMap<>();
    private final Map<OfferId, Offer> offers;
    private final Map<String, List<Claim>> bySubjectAndUnit = new LinkedHashMap<>();
    private final Voices voices = new Voices(this);
    private final LedgerFindings findings;
    private final Map<QualitativeClaimId, QualitativeClaim> qualitativeClaims;
    private final DuplicateHandovers duplicates;
    private final BreakdownTrees trees;

    LedgerBook(LedgerData data, LedgerFindings findings, ReceiptCounts receipts) {
        this.data = data;
        this.findings = findings;
        this.qualitativeClaims = LedgerData.index(findings.qualitativeClaims(), QualitativeClaim::id);
        this.receipts = receipts;
        this.parties = LedgerData.index(data.parties(), Party::id);
        this.sources = LedgerData.index(data.sources(), Source::id);
        this.statements = LedgerData.index(data.statements(), Statement::id);
        this.claims = LedgerData.index(data.claims().stream().sorted(RECORDED).toList(), Claim::id);
        this.transfers = LedgerData.index(data.transfers(), Transfer::id);
        this.agreements = LedgerData.index(data.agreements(), Agreement::id);
        this.offers = LedgerData.index(data.offers(), Offer::id);
        data.agreements().forEach(agreement -> agreement.commitments().forEach(c -> commitments.put(c.id(), c)));
        for (Claim claim : claims.values()) {
            if (claim.supersedes() != null) {
                supersededBy.put(claim.supersedes(), claim.id());
            }
            bySubjectAndUnit.computeIfAbsent(key(claim.subject(), claim.unit()), k -> new ArrayList<>()).add(claim);
        }
        this.duplicates = new DuplicateHandovers(this, findings.verdicts());
        this.trees = new BreakdownTrees(this);
    }

    private static String key(Subject subject, Unit unit) {
        return subject.key() + "|" + unit;
    }

    // --- lookups ---------------------------------------------------------------------------------

    LedgerData data() {
        return data;
    }

    LedgerFindings findings() {
        return findings;
    }

    DuplicateHandovers duplicates() {
        return duplicates;
    }

    /** The entry recorded under {@code id}, of whatever kind. */
    @SuppressWarnings("unchecked") // each index maps an EntryId<E> to an E, and ids of different kinds never equal
    <E> Optional<E> entry(EntryId<E> id) {
        return Stream.<Map<? extends EntryId<?>, ?>>of(parties, sources, statements, claims, transfers, agreements, commitments, offers,
                qualitativeClaims).map(index -> (E) index.get(id)).filter(Objects::nonNull).findFirst();
    }

    Party partyOrNull(PartyId id) {
        return id == null ? null : parties.get(id);
    }

    boolean isSuperseded(ClaimId id) {
        return supersededBy.containsKey(id);
    }

    /** The claim that finally replaced this one (following corrections of corrections), or itself. */
    Claim latest(Claim claim) {
        Claim current = claim;
        Set<ClaimId> seen = new LinkedHashSet<>();
        while (supersededBy.containsKey(current.id()) && seen.add(current.id())) {
            current = claims.get(supersededBy.get(current.id()));
        }
        return current;
    }

    // --- claims ----------------------------------------------------------------------------------

    ClaimView view(Claim claim) {
        Statement statement = statements.get(claim.statement());
        return new ClaimView(claim, parties.get(claim.party()), statement, partyOrNull(statement.party()),
                sources.get(statement.source()), reliability(claim), supersededBy.get(claim.id()));
    }

    /** Every claim without a figure, in the order recorded, with its statement, speaker and source. */
    List<QualitativeClaimView> qualitativeViews() {
        return qualitativeClaims.values().stream().map(claim -> {
            Statement statement = statements.get(claim.statement());
            return new QualitativeClaimView(claim, statement, partyOrNull(statement.party()), sources.get(statement.source()));
        }).toList();
    }

    /** Every claim, current and superseded, in the order recorded. */
    List<ClaimView> claimViews() {
        return claims.values().stream().map(this::view).toList();
    }

    List<ClaimView> claimViews(Predicate<Claim> filter) {
        return claims.values().stream().filter(filter).map(this::view).toList();
    }

    /** The claim and every claim it corrected, newest first. */
    List<ClaimView> history(Claim claim) {
        List<ClaimView> chain = new ArrayList<>();
        Set<ClaimId> seen = new LinkedHashSet<>();
        for (Claim each = latest(claim); each != null && seen.add(each.id());
             each = each.supersedes() == null ? null : claims.get(each.supersedes())) {
            chain.add(view(each));
        }
        return chain;
    }

    Reliability reliability(Claim claim) {
        return voices.reliability(claim);
    }

    boolean isBelligerent(PartyId party) {
        return voices.isBelligerent(party);
    }

    /** The claim that stands for a side among its claims about one subject (see {@link Voices#partyClaim}). */
    Optional<Claim> partyClaim(List<ClaimView> claimsOfSide) {
        return voices.partyClaim(claimsOfSide.stream().map(ClaimView::claim).toList());
    }

    /** The current (not superseded) claims about a subject in a unit. */
    List<Claim> currentClaimsAbout(Subject subject, Unit unit) {
        return bySubjectAndUnit.getOrDefault(key(subject, unit), List.of()).stream().filter(claim -> !isSuperseded(claim.id())).toList();
    }

    PartyId side(PartyId party) {
        Party known = parties.get(party);
        return known == null ? party : known.side();
    }

    // --- figure sets -----------------------------------------------------------------------------

    /** The figure sets about a subject, one per unit (bodies first); empty when nobody stated one. */
    List<FigureSet> figures(Subject subject, List<PartyId> columnOrder) {
        List<FigureSet> sets = new ArrayList<>();
        for (Unit unit : unitsInOrder()) {
            figureSet(subject, unit, columnOrder).ifPresent(sets::add);
        }
        return sets;
    }

    private static List<Unit> unitsInOrder() {
        return List.of(Unit.BODIES, Unit.INDIVIDUALS, Unit.BAGS, Unit.FRAGMENTS, Unit.PERSONS);
    }

    Optional<FigureSet> figureSet(Subject subject, Unit unit, List<PartyId> columnOrder) {
        List<Claim> all = bySubjectAndUnit.getOrDefault(key(subject, unit), List.of());
        List<Claim> current = all.stream().filter(claim -> !isSuperseded(claim.id())).toList();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Set<Claim> history = new LinkedHashSet<>(all.stream().filter(claim -> isSuperseded(claim.id())).toList());
        for (Claim claim : current) {
            for (Claim earlier = claim.supersedes() == null ? null : claims.get(claim.supersedes()); earlier != null;
                 earlier = earlier.supersedes() == null ? null : claims.get(earlier.supersedes())) {
                if (!history.add(earlier)) {
                    break;
                }
            }
        }
        Map<PartyId, List<ClaimView>> columns = new LinkedHashMap<>();
        columnOrder.forEach(party -> columns.put(side(party), new ArrayList<>()));
        for (Claim claim : current) {
            columns.computeIfAbsent(side(claim.party()), k -> new ArrayList<>()).add(view(claim));
        }
        List<PartyFigures> byParty = columns.entrySet().stream()
                .filter(column -> !column.getValue().isEmpty())
                .map(column -> new PartyFigures(parties.get(column.getKey()), column.getValue()))
                .toList();
        long lower = current.stream().mapToLong(claim -> claim.figure().lower()).min().orElseThrow();
        Long upper = current.stream().allMatch(claim -> claim.figure().upper().isPresent())
                ? current.stream().mapToLong(claim -> claim.figure().upper().orElseThrow()).max().orElseThrow()
                : null;
        List<Long> points = current.stream().map(claim -> claim.figure().point()).flatMap(Optional::stream).toList();
        Long discrepancy = points.size() < 2 ? null
                : points.stream().mapToLong(Long::longValue).max().orElseThrow()
                - points.stream().mapToLong(Long::longValue).min().orElseThrow();
        return Optional.of(new FigureSet(subject, unit, byParty, current.stream().map(this::view).toList(),
                history.stream().sorted(RECORDED.reversed()).map(this::view).toList(), lower, upper, discrepancy));
    }

    static Optional<FigureSet> preferred(List<FigureSet> sets) {
        return sets.stream().filter(set -> set.unit() == Unit.BODIES).findFirst().or(() -> sets.stream().findFirst());
    }

    // --- breakdowns ------------------------------------------------------------------------------

    /** One level of a breakdown tree, checked (see {@link BreakdownTrees#check}). */
    Optional<BreakdownCheck> breakdown(Claim whole) {
        return trees.check(whole);
    }

    Set<ClaimId> descendants(ClaimId whole) {
        return trees.descendants(whole);
    }

    /** Every current claim stated with parts or shares, each level checked. */
    List<BreakdownCheck> breakdowns() {
        return trees.checks();
    }

    // --- transfers -------------------------------------------------------------------------------

    List<Transfer> transfers() {
        return data.transfers().stream().sorted(Comparator.comparing(Transfer::date, LedgerDate.ORDER)
                .thenComparing(transfer -> transfer.phase() == null ? Integer.MAX_VALUE : transfer.phase())).toList();
    }

    TransferView transferView(Transfer transfer) {
        List<PartyId> columns = List.of(transfer.from(), transfer.to());
        List<FigureSet> figures = figures(Subject.transfer(transfer.id()), columns);
        Map<String, List<Claim>> recoveryKeys = new LinkedHashMap<>();
        claims.values().stream()
                .filter(claim -> claim.subject().kind() == SubjectKind.RECOVERY && transfer.id().equals(claim.subject().transfer()))
                .forEach(claim -> recoveryKeys.computeIfAbsent(key(claim.subject(), claim.unit()), k -> new ArrayList<>()).add(claim));
        List<FigureSet> recoveries = recoveryKeys.values().stream()
                .map(group -> figureSet(group.get(0).subject(), group.get(0).unit(), columns))
                .flatMap(Optional::stream).toList();
        List<BreakdownCheck> breakdowns = claims.values().stream()
                .filter(claim -> transfer.id().equals(claim.subject().transfer()) && !isSuperseded(claim.id()))
                .map(this::breakdown).flatMap(Optional::stream).toList();
        List<Transfer> returnedBy = data.transfers().stream().filter(other -> transfer.id().equals(other.returns())).toList();
        return new TransferView(transfer, parties.get(transfer.from()), parties.get(transfer.to()),
                transfer.agreement() == null ? null : agreements.get(transfer.agreement()),
                transfer.facilitators().stream().map(parties::get).toList(), figures,
                receipts.forTransfer(transfer.id()), recoveries, breakdowns,
                transfer.returns() == null ? null : transfers.get(transfer.returns()), returnedBy);
    }

    /**
     * Each side's sum of its own counts over the transfers, in bodies. A side that stated several
     * figures for one transfer counts its most recent one with a value; a transfer it gave no value
     * for is left out of its sum and its {@code counted} says so.
     */
    List<PartyTally> tallies(List<TransferView> views, List<PartyId> alwaysShown) {
        return handoverTallies(duplicates.handovers(views), alwaysShown);
    }

    /**
     * The same over handovers: transfers marked as one handover count once, each side's figure taken
     * from its claims about any of them (both entries' sources kept).
     */
    List<PartyTally> handoverTallies(List<List<TransferView>> handovers, List<PartyId> alwaysShown) {
        Map<PartyId, long[]> sums = new LinkedHashMap<>();
        alwaysShown.forEach(party -> sums.put(side(party), new long[2]));
        for (List<TransferView> handover : handovers) {
            Map<PartyId, List<Claim>> bySide = new LinkedHashMap<>();
            for (TransferView view : handover) {
                view.figures().stream().filter(set -> set.unit() == Unit.BODIES).findFirst().ifPresent(count ->
                        count.byParty().forEach(column -> bySide.computeIfAbsent(column.party().id(), k -> new ArrayList<>())
                                .addAll(column.claims().stream().map(ClaimView::claim).toList())));
            }
            bySide.forEach((party, sideClaims) -> voices.partyFigure(sideClaims).ifPresent(value -> {
                long[] sum = sums.computeIfAbsent(party, k -> new long[2]);
                sum[0] += value;
                sum[1]++;
            }));
        }
        return sums.entrySet().stream()
                .map(entry -> new PartyTally(parties.get(entry.getKey()), entry.getValue()[0], (int) entry.getValue()[1], handovers.size()))
                .toList();
    }

    // --- agreements ------------------------------------------------------------------------------

    AgreementProgress progress(Agreement agreement) {
        return new AgreementProgresses(this).of(agreement);
    }

    List<OfferView> offerViews() {
        return data.offers().stream().sorted(Comparator.comparing(Offer::madeOn, LedgerDate.ORDER))
                .map(offer -> new OfferView(offer, parties.get(offer.from()), parties.get(offer.to()),
                        figures(Subject.offer(offer.id()), List.of(offer.from(), offer.to()))))
                .toList();
    }

    /** Figure sets of the claims of one kind that have no other home: recoveries, casualty figures. */
    List<FigureSet> looseFigures(SubjectKind kind) {
        Map<String, Claim> firstOfKey = new LinkedHashMap<>();
        claims.values().stream().filter(claim -> claim.subject().kind() == kind)
                .forEach(claim -> firstOfKey.putIfAbsent(key(claim.subject(), claim.unit()), claim));
        return firstOfKey.values().stream()
                .map(claim -> figureSet(claim.subject(), claim.unit(), List.of()))
                .flatMap(Optional::stream).toList();
    }
}
