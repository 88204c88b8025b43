package org.homeward.app.ledger.web;

import static org.homeward.app.web.Limits.LONGEST_TEXT;

import java.util.List;
import java.util.function.Function;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.app.ledger.Agreement;
import org.homeward.app.ledger.AgreementId;
import org.homeward.app.ledger.AgreementProgress;
import org.homeward.app.ledger.BreakdownCheck;
import org.homeward.app.ledger.Claim;
import org.homeward.app.ledger.ClaimId;
import org.homeward.app.ledger.ClaimView;
import org.homeward.app.ledger.HandoverVerdict;
import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.NewAgreement;
import org.homeward.app.ledger.NewClaim;
import org.homeward.app.ledger.NewHandoverVerdict;
import org.homeward.app.ledger.NewOffer;
import org.homeward.app.ledger.NewParty;
import org.homeward.app.ledger.NewQualitativeClaim;
import org.homeward.app.ledger.NewSource;
import org.homeward.app.ledger.NewStatement;
import org.homeward.app.ledger.NewTransfer;
import org.homeward.app.ledger.Offer;
import org.homeward.app.ledger.OfferId;
import org.homeward.app.ledger.OfferReply;
import org.homeward.app.ledger.OfferView;
import org.homeward.app.ledger.Party;
import org.homeward.app.ledger.PossibleDuplicate;
import org.homeward.app.ledger.ProposedClaim;
import org.homeward.app.ledger.QualitativeClaim;
import org.homeward.app.ledger.QualitativeClaimView;
import org.homeward.app.ledger.Reciprocity;
import org.homeward.app.ledger.Source;
import org.homeward.app.ledger.Statement;
import org.homeward.app.ledger.TimelineEntry;
import org.homeward.app.ledger.Transfer;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.ledger.TransferView;
import org.homeward.app.security.Permission;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The ledger's REST API. Reads need {@link Permission#LEDGER_READ}, writes {@link Permission#LEDGER_WRITE} (declared
 * once for the ledger, by {@link LedgerAccess}); an added entry is answered 201 (a party, source, statement, claim,
 * agreement, transfer or offer with its address); refused input is a 400 problem naming the path of each refused value
 * (see {@code web/ApiProblems}).
 */
@RestController
@RequestMapping("/api/ledger")
@LedgerAccess
@Tag(name = "Ledger", description = "Agreements, transfers, offers and every party's count, with its source")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LedgerApi {

    /** A text to propose claims from. */
    record ProposalRequest(@NotBlank @Size(max = LONGEST_TEXT) String text) {
    }

    /** A claim stated as a part of another, or with {@code share} as a share named of it ("of those"). */
    record PartLink(@NotNull ClaimId part, Boolean share) {
    }

    private final Ledger ledger;

    // --- parties, sources, statements -------------------------------------------------------------

    @GetMapping("/parties")
    @Operation(summary = "Every party: states, agencies, mediators, independent bodies")
    List<Party> parties() {
        return ledger.parties();
    }

    @PostMapping("/parties")
    @Operation(summary = "Add a party")
    ResponseEntity<Party> addParty(@Valid @RequestBody NewParty request) {
        return created(ledger.add(request), Party::id);
    }

    @GetMapping("/sources")
    @Operation(summary = "Every source: publisher, URL or reference, date, kind")
    List<Source> sources() {
        return ledger.sources();
    }

    @PostMapping("/sources")
    @Operation(summary = "Add a source")
    ResponseEntity<Source> addSource(@Valid @RequestBody NewSource request) {
        return created(ledger.add(request), Source::id);
    }

    @GetMapping("/statements")
    @Operation(summary = "Every statement: the exact sentence, who said it, when, in which source")
    List<Statement> statements() {
        return ledger.statements();
    }

    @PostMapping("/statements")
    @Operation(summary = "Add a statement, quoting its sentence exactly")
    ResponseEntity<Statement> addStatement(@Valid @RequestBody NewStatement request) {
        return created(ledger.add(request), Statement::id);
    }

    // --- claims ----------------------------------------------------------------------------------

    @GetMapping("/claims")
    @Operation(summary = "Every claim, current and superseded, with party, statement, source and reliability")
    List<ClaimView> claims() {
        return ledger.claims();
    }

    @GetMapping("/claims/{id}")
    @Operation(summary = "A claim with its corrections: newest first")
    List<ClaimView> claim(@PathVariable("id") ClaimId id) {
        return ledger.claimHistory(id);
    }

    @PostMapping("/claims")
    @Operation(summary = "Add a claim; with supersedes it corrects an earlier claim, with partOf it is part of a breakdown")
    ResponseEntity<ClaimView> addClaim(@Valid @RequestBody NewClaim request) {
        return created(ledger.claim(ledger.add(request).id()), view -> view.claim().id());
    }

    @PostMapping("/claims/{id}/parts")
    @Operation(summary = "State a claim as a part of this one (89 of the 320)")
    ResponseEntity<Void> linkPart(@PathVariable("id") ClaimId id, @Valid @RequestBody PartLink link) {
        ledger.linkPart(id, link.part(), Boolean.TRUE.equals(link.share()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/breakdowns")
    @Operation(summary = "Every claim stated with parts, and whether the parts add up to it")
    List<BreakdownCheck> breakdowns() {
        return ledger.breakdowns();
    }

    @PostMapping("/proposals")
    @Operation(summary = "Propose claims from a text: each figure with its unit, sentence and nearest party, for review")
    List<ProposedClaim> propose(@Valid @RequestBody ProposalRequest request) {
        return ledger.propose(request.text());
    }

    // --- agreements, transfers, offers -----------------------------------------------------------

    @GetMapping("/agreements")
    @Operation(summary = "Every agreement with its directions")
    List<Agreement> agreements() {
        return ledger.agreements();
    }

    @PostMapping("/agreements")
    @Operation(summary = "Add an agreement with its directions; add the committed figures as COMMITTED claims")
    ResponseEntity<Agreement> addAgreement(@Valid @RequestBody NewAgreement request) {
        return created(ledger.add(request), Agreement::id);
    }

    @GetMapping("/agreements/{id}")
    @Operation(summary = "An agreement's progress per direction, by each party's count")
    AgreementProgress agreement(@PathVariable("id") AgreementId id) {
        return ledger.agreementProgress(id);
    }

    @GetMapping("/transfers")
    @Operation(summary = "Every transfer in date order")
    List<Transfer> transfers() {
        return ledger.transfers();
    }

    @PostMapping("/transfers")
    @Operation(summary = "Add a transfer (or a return of remains found to be the other side's); add counts as TRANSFER claims")
    ResponseEntity<Transfer> addTransfer(@Valid @RequestBody NewTransfer request) {
        return created(ledger.add(request), Transfer::id);
    }

    @GetMapping("/transfers/{id}")
    @Operation(summary = "A transfer with each party's figures side by side, the discrepancy and the count registered on receipt")
    TransferView transfer(@PathVariable("id") TransferId id) {
        return ledger.transferView(id);
    }

    @GetMapping("/offers")
    @Operation(summary = "Every unilateral offer with its response and figures")
    List<OfferView> offers() {
        return ledger.offers();
    }

    @PostMapping("/offers")
    @Operation(summary = "Add an offer; add the number offered as an OFFER claim")
    ResponseEntity<Offer> addOffer(@Valid @RequestBody NewOffer request) {
        return created(ledger.add(request), Offer::id);
    }

    @PutMapping("/offers/{id}/response")
    @Operation(summary = "Record the response to an offer")
    Offer respond(@PathVariable("id") OfferId id, @Valid @RequestBody OfferReply reply) {
        return ledger.respondToOffer(id, reply);
    }

    // --- claims without a figure, possible duplicate handovers ------------------------------------

    @GetMapping("/qualitative-claims")
    @Operation(summary = "Every claim without a figure (or with only an order of magnitude), with its statement and source")
    List<QualitativeClaimView> qualitativeClaims() {
        return ledger.qualitativeClaims();
    }

    @PostMapping("/qualitative-claims")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a claim without a figure, quoting a statement: what it asserts, where, when, how far it is verified")
    QualitativeClaim addQualitativeClaim(@Valid @RequestBody NewQualitativeClaim request) {
        return ledger.add(request);
    }

    @GetMapping("/duplicates")
    @Operation(summary = "Pairs of transfers that could be one handover entered twice, with the verdict on each, if any")
    List<PossibleDuplicate> duplicates() {
        return ledger.possibleDuplicates();
    }

    @PostMapping("/duplicates")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Rule on a possible duplicate: SAME counts the two transfers once (both sources kept), DIFFERENT closes the question")
    HandoverVerdict judge(@Valid @RequestBody NewHandoverVerdict request) {
        return ledger.judgeHandovers(request);
    }

    // --- computed views ---------------------------------------------------------------------------

    @GetMapping("/totals")
    @Operation(summary = "Totals per direction and reciprocity between each pair of sides")
    List<Reciprocity> totals() {
        return ledger.reciprocity();
    }

    @GetMapping("/timeline")
    @Operation(summary = "Agreements, transfers and offers in date order, with their figures")
    List<TimelineEntry> timeline() {
        return ledger.timeline();
    }

    /** 201 with the added entry and its address: the posted collection's path followed by the entry's id. */
    private static <T> ResponseEntity<T> created(T entry, Function<T, ?> id) {
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(id.apply(entry)).toUri())
                .body(entry);
    }
}
