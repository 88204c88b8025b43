package org.homeward.app.ledger;

import static org.homeward.app.common.Texts.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.homeward.app.audit.AuditEvent;
import org.homeward.app.common.FeatureService;
import org.homeward.app.ledger.store.LedgerFindingsRepository;
import org.homeward.app.ledger.store.LedgerRepository;
import org.homeward.app.ledger.text.ReportReader;
import org.homeward.app.common.InputRefusedException;
import org.homeward.app.common.NotFoundException;
import org.homeward.app.security.Actor;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The exchange ledger: parties, sources and statements, agreements, transfers, offers, and the
 * claims that count them, with the views computed from them. The public surface of the ledger
 * feature: other features and the web layer use this class and the records beside it.
 *
 * <p>Every write validates what it is given and names the field it refuses
 * ({@link InputRefusedException}); claims are never changed: adding a {@link NewClaim} with
 * {@code supersedes} records a correction. Every entry is added one way, {@link #add(NewEntry)}, or
 * {@link #add(Object, NewEntry)} with a caller-chosen id. Every write needs {@link Permission#LEDGER_WRITE} and is
 * written to the audit log; reads are checked where they are served (pages and API), so that other
 * features may look transfers up for their own pages. For the remains register: {@link #transfer} looks a
 * transfer up, {@link #transfers()} lists them, and a {@link ReceiptCounts} bean feeds back what was
 * registered on receipt.
 */
@FeatureService
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Ledger {

    private final LedgerRepository repository;
    private final LedgerFindingsRepository findings;
    private final Clock clock;
    private final ObjectProvider<ReceiptCounts> receiptCounts;
    private final ObjectProvider<IdentifiedRemains> identified;
    private final ApplicationEventPublisher events;
    private final ComputedFigures figures;

    /** Written to the audit log in the transaction of the change (see {@code AuditLog}). */
    private void audit(AuditEvent event) {
        events.publishEvent(event);
    }

    private LedgerBook book() {
        return new LedgerBook(repository.load(), findings.load(), receiptCounts.getIfAvailable(() -> ReceiptCounts.NONE));
    }

    // --- reads -----------------------------------------------------------------------------------

    public List<Party> parties() {
        return repository.parties();
    }

    public List<Source> sources() {
        return repository.sources();
    }

    public Source source(SourceId id) {
        return book().entry(id).orElseThrow(() -> new NotFoundException("source", id));
    }

    public List<Statement> statements() {
        return repository.statements();
    }

    public List<Agreement> agreements() {
        return repository.agreements();
    }

    /** Every transfer in date order (a period placed at its end), then by phase. */
    public List<Transfer> transfers() {
        return book().transfers();
    }

    /** The transfer, for instance the one a remains register entry says the remains arrived in. */
    public Optional<Transfer> transfer(TransferId id) {
        return repository.transfers().stream().filter(transfer -> transfer.id().equals(id)).findFirst();
    }

    public List<OfferView> offers() {
        return book().offerViews();
    }

    /** Every claim, current and superseded, with its party, statement, source and reliability. */
    public List<ClaimView> claims() {
        return book().claimViews();
    }

    /** Every claim, for an export in {@code format}; the export is written to the audit log. */
    @Transactional
    @RequiresPermission(Permission.DATA_EXPORT)
    public List<ClaimView> exportClaims(String format) {
        List<ClaimView> claims = claims();
        audit(AuditEvent.of("ledger.claims-exported", null).with("format", format).with("claims", claims.size()));
        return claims;
    }

    public ClaimView claim(ClaimId id) {
        LedgerBook book = book();
        return book.view(book.entry(id).orElseThrow(() -> new NotFoundException("claim", id)));
    }

    /** The claim, the claims that corrected it and those it corrected: newest first. */
    public List<ClaimView> claimHistory(ClaimId id) {
        LedgerBook book = book();
        return book.history(book.entry(id).orElseThrow(() -> new NotFoundException("claim", id)));
    }

    /** The claims that quote statements of this source. */
    public List<ClaimView> claimsFromSource(SourceId source) {
        LedgerBook book = book();
        return book.claimViews(claim -> book.entry(claim.statement()).map(s -> s.source().equals(source)).orElse(false));
    }

    /**
     * Kept between requests until the database changes (see {@link ComputedFigures}): building it reads the
     * whole ledger, and the receipt page shows it to everyone who opens the transfer.
     */
    public TransferView transferView(TransferId id) {
        return figures.get("transferView " + id, () -> {
            LedgerBook book = book();
            return book.transferView(book.entry(id).orElseThrow(() -> new NotFoundException("transfer", id)));
        });
    }

    public AgreementProgress agreementProgress(AgreementId id) {
        LedgerBook book = book();
        return book.progress(book.entry(id).orElseThrow(() -> new NotFoundException("agreement", id)));
    }

    public List<DirectionTotal> directionTotals() {
        return figures.get("directionTotals", () -> new LedgerTotals(book()).directionTotals());
    }

    public List<Reciprocity> reciprocity() {
        return figures.get("reciprocity", () -> new LedgerTotals(book()).reciprocity());
    }

    public List<TimelineEntry> timeline() {
        return figures.get("timeline", () -> new LedgerTotals(book()).timeline());
    }

    public List<BreakdownCheck> breakdowns() {
        return book().breakdowns();
    }

    /** The level of the breakdown tree below the claim: its parts and shares, checked; empty when it has none. */
    public Optional<BreakdownCheck> breakdown(ClaimId id) {
        LedgerBook book = book();
        return book.breakdown(book.entry(id).orElseThrow(() -> new NotFoundException("claim", id)));
    }

    /** Every figure with its range and sources: what the public statistics page and its open data show. */
    public Statistics statistics() {
        return figures.get("statistics",
                () -> new LedgerTotals(book()).statistics(identified.getIfAvailable(() -> IdentifiedRemains.NONE)));
    }

    /** Every claim without a figure, with its statement, speaker and source. */
    public List<QualitativeClaimView> qualitativeClaims() {
        return book().qualitativeViews();
    }

    /** Every pair of transfers that could be one handover entered twice, with the verdict on it, if any. */
    public List<PossibleDuplicate> possibleDuplicates() {
        return book().duplicates().candidates();
    }

    /** The figures in a text, each with its unit, sentence and speaker, for a person to review. */
    public List<ProposedClaim> propose(String text) {
        return read(text, null).claims();
    }

    /**
     * What a report says, for a person to confirm: its source, its claims with their speakers and
     * subjects, and the transfers it speaks of that are not recorded. {@code publishedOn}, when known,
     * is the source's date; otherwise the report's dateline gives it.
     */
    public ReportReading read(String text, LocalDate publishedOn) {
        return new ReportReader(repository.parties(), transfers()).read(text == null ? "" : text, publishedOn);
    }

    // --- writes ----------------------------------------------------------------------------------

    /** Adds the entry (a {@link NewParty}, {@link NewClaim}…) under a new id; returns what was recorded. */
    @Transactional
    @RequiresPermission(Permission.LEDGER_WRITE)
    public <I extends EntryId<R>, R> R add(NewEntry<I, R> request) {
        return add(request.newId(), request);
    }

    /**
     * Adds the entry under the caller's id, for records that keep their ids wherever they are entered
     * (the demonstration's public reports): when the id is taken, what is there is returned unchanged,
     * so entering twice changes nothing.
     */
    @Transactional
    @RequiresPermission(Permission.LEDGER_WRITE)
    public <I extends EntryId<R>, R> R add(I id, NewEntry<I, R> request) {
        LedgerBook book = book();
        Optional<R> entered = book.entry(id);
        return entered.orElseGet(() -> record(id, request, book));
    }

    /**
     * Runs several writes as one: all are kept, or none when one is refused (a page's new source,
     * the statement it quotes and the claim), so that nothing is half-saved.
     */
    @Transactional
    @RequiresPermission(Permission.LEDGER_WRITE)
    public <T> T atomically(Supplier<T> writes) {
        return writes.get();
    }

    /** Checks the entry against the book, records it and writes it to the audit log. */
    @SuppressWarnings("unchecked")
    private <I extends EntryId<R>, R> R record(I id, NewEntry<I, R> request, LedgerBook book) {
        Object recorded = request instanceof NewParty party ? record((PartyId) id, party, book)
                : request instanceof NewSource source ? record((SourceId) id, source)
                : request instanceof NewStatement statement ? record((StatementId) id, statement, book)
                : request instanceof NewClaim claim ? record((ClaimId) id, claim, book)
                : request instanceof NewAgreement agreement ? record((AgreementId) id, agreement, book)
                : request instanceof NewTransfer transfer ? record((TransferId) id, transfer, book)
                : request instanceof NewQualitativeClaim qualitative ? record((QualitativeClaimId) id, qualitative, book)
                : record((OfferId) id, (NewOffer) request, book);
        return (R) recorded;
    }

    private Party record(PartyId id, NewParty request, LedgerBook book) {
        Party party = EntryRules.party(id, request, book);
        repository.insert(party);
        audit(AuditEvent.of("ledger.party-added", "party:" + party.id()).with("name", party.name()).with("kind", party.kind()));
        return party;
    }

    /** Changes a party's name, kind, the state it speaks for or its aliases, under the rules of a new one. */
    @Transactional
    @RequiresPermission(Permission.LEDGER_WRITE)
    public Party editParty(PartyId id, NewParty request) {
        LedgerBook book = book();
        Party before = book.entry(id).orElseThrow(() -> new NotFoundException("party", id));
        Party party = EntryRules.party(id, request, book);
        repository.update(party);
        audit(AuditEvent.of("ledger.party-edited", "party:" + id).with("name", party.name()).with("kind", party.kind())
                .with("previousName", before.name()).with("previousKind", before.kind()));
        return party;
    }

    private Source record(SourceId id, NewSource request) {
        Source source = new Source(id, EntryRules.required(request.publisher(), "publisher"), blankToNull(request.title()),
                blankToNull(request.url()), request.publishedOn(), request.kind(), blankToNull(request.reference()));
        repository.insert(source, clock.instant());
        audit(AuditEvent.of("ledger.source-added", "source:" + source.id()).with("publisher", source.publisher())
                .with("kind", source.kind()));
        return source;
    }

    private Statement record(StatementId id, NewStatement request, LedgerBook book) {
        Source source = book.entry(request.source()).orElseThrow(() -> new InputRefusedException("source", "no such source"));
        if (request.statedOn() != null && source.publishedOn() != null && request.statedOn().isAfter(source.publishedOn())) {
            throw new InputRefusedException("statedOn", "must not be after the source's publication date (" + source.publishedOn() + ")");
        }
        if (request.party() != null) {
            book.entry(request.party()).orElseThrow(() -> new InputRefusedException("party", "no such party"));
        }
        Statement statement = new Statement(id, request.source(), request.party(),
                blankToNull(request.speaker()), request.statedOn(), EntryRules.required(request.quote(), "quote"));
        repository.insert(statement, clock.instant());
        audit(AuditEvent.of("ledger.statement-added", "statement:" + statement.id()).with("source", statement.source())
                .with("party", statement.party()));
        return statement;
    }

    private Claim record(ClaimId id, NewClaim request, LedgerBook book) {
        Claim claim = EntryRules.claim(id, request, book, clock.instant(), Actor.current().name());
        repository.insert(claim);
        audit(AuditEvent.of(claim.supersedes() == null ? "ledger.claim-added" : "ledger.claim-corrected", "claim:" + claim.id())
                .with("party", claim.party()).with("subject", claim.subject().kind()).with("unit", claim.unit())
                .with("figure", claim.figure()).with("statement", claim.statement())
                .with("supersedes", claim.supersedes()).with("partOf", claim.partOf()).with("share", claim.share()));
        return claim;
    }

    /**
     * States a claim recorded on its own as a part of {@code whole} (the 320 of the 563), or with
     * {@code share} as a share named of it (the 89 "of those" 320). A claim is a part of one whole
     * only, and never of its own parts; stating the same link again changes nothing.
     */
    @Transactional
    @RequiresPermission(Permission.LEDGER_WRITE)
    public void linkPart(ClaimId whole, ClaimId part, boolean share) {
        LedgerBook book = book();
        Claim wholeClaim = book.entry(whole).orElseThrow(() -> new NotFoundException("claim", whole));
        Claim partClaim = book.entry(part).orElseThrow(() -> new InputRefusedException("part", "no such claim"));
        if (whole.equals(partClaim.partOf()) && share == partClaim.share()) {
            return;
        }
        if (partClaim.partOf() != null) {
            throw new InputRefusedException("part", "is already a part of another claim");
        }
        if (whole.equals(part) || book.descendants(part).contains(whole)) {
            throw new InputRefusedException("part", "a claim is not a part of itself or of its own parts");
        }
        EntryRules.refuseLargerPart(wholeClaim, partClaim.unit(), partClaim.figure(), "part");
        repository.linkPart(whole, part, share);
        audit(AuditEvent.of("ledger.claim-part-linked", "claim:" + whole).with("part", part).with("share", share));
    }

    private QualitativeClaim record(QualitativeClaimId id, NewQualitativeClaim request, LedgerBook book) {
        QualitativeClaim claim = QualitativeClaims.checked(id, request, book, clock.instant(), Actor.current().name());
        findings.insert(claim);
        audit(AuditEvent.of("ledger.qualitative-claim-added", "qualitative-claim:" + claim.id())
                .with("statement", claim.statement()).with("verification", claim.verification())
                .with("magnitude", claim.magnitude()));
        return claim;
    }

    /**
     * Records a coordinator's verdict on two transfers the ledger reports as possibly one handover:
     * SAME counts them once from then on, DIFFERENT closes the question. The latest verdict stands.
     */
    @Transactional
    @RequiresPermission(Permission.LEDGER_WRITE)
    public HandoverVerdict judgeHandovers(NewHandoverVerdict request) {
        LedgerBook book = book();
        Transfer first = book.entry(request.first()).orElseThrow(() -> new InputRefusedException("first", "no such transfer"));
        Transfer second = book.entry(request.second()).orElseThrow(() -> new InputRefusedException("second", "no such transfer"));
        boolean listed = book.duplicates().candidates().stream().anyMatch(pair ->
                Set.of(pair.first().id(), pair.second().id()).equals(Set.of(first.id(), second.id())));
        if (!listed) {
            throw new InputRefusedException("second", "is not a possible duplicate of the first transfer (direction, dates or counts differ)");
        }
        TransferId[] pair = HandoverVerdict.ordered(first.id(), second.id());
        HandoverVerdict verdict = new HandoverVerdict(pair[0], pair[1], request.verdict(), blankToNull(request.note()),
                clock.instant(), Actor.current().name());
        findings.insert(verdict);
        audit(AuditEvent.of("ledger.handover-verdict-recorded", "transfer:" + pair[0]).with("other", pair[1])
                .with("verdict", verdict.verdict()));
        return verdict;
    }

    private Agreement record(AgreementId id, NewAgreement request, LedgerBook book) {
        Agreement agreement = EntryRules.agreement(id, request, book);
        repository.insert(agreement, clock.instant());
        audit(AuditEvent.of("ledger.agreement-added", "agreement:" + agreement.id()).with("name", agreement.name())
                .with("directions", agreement.commitments().size()));
        return agreement;
    }

    private Transfer record(TransferId id, NewTransfer request, LedgerBook book) {
        Transfer transfer = EntryRules.transfer(id, request, book);
        repository.insert(transfer, clock.instant());
        audit(AuditEvent.of("ledger.transfer-added", "transfer:" + transfer.id()).with("from", transfer.from())
                .with("to", transfer.to()).with("date", transfer.date()).with("phase", transfer.phase())
                .with("kind", transfer.kind()));
        return transfer;
    }

    private Offer record(OfferId id, NewOffer request, LedgerBook book) {
        Offer offer = EntryRules.offer(id, request, book);
        repository.insert(offer, clock.instant());
        audit(AuditEvent.of("ledger.offer-added", "offer:" + offer.id()).with("from", offer.from()).with("to", offer.to()));
        return offer;
    }

    @Transactional
    @RequiresPermission(Permission.LEDGER_WRITE)
    public Offer respondToOffer(OfferId id, OfferReply reply) {
        Offer offer = book().entry(id).orElseThrow(() -> new NotFoundException("offer", id));
        repository.updateResponse(id, reply);
        audit(AuditEvent.of("ledger.offer-response-recorded", "offer:" + id).with("status", reply.status())
                .with("previous", offer.status()));
        return new Offer(offer.id(), offer.madeOn(), offer.from(), offer.to(), offer.description(), reply.status(),
                blankToNull(reply.response()), reply.respondedOn());
    }
}
