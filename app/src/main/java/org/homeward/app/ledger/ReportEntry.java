package org.homeward.app.ledger;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.homeward.app.common.InputRefusedException;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Records a confirmed report in one transaction: the source, the new transfers its claims are about,
 * one statement per quoted sentence and speaker (who is quoted, apart from whose figure each claim is:
 * a medium retelling a party's count makes no statement of that party), the claims (a part linked to its whole, "of those" as
 * a share of it) and the claims without a figure. Everything goes through the {@link Ledger}'s own checks; a refusal names the item
 * ({@code items[3].figure}, {@code transfers[0].to}) and nothing of the report is kept.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReportEntry {

    private final Ledger ledger;

    /** Records the report; returns its source. */
    @Transactional
    @RequiresPermission(Permission.LEDGER_WRITE)
    public Source enter(NewReport report) {
        return record(ledger.add(report.source()), report, false);
    }

    /**
     * Records the report under the source id given, unless a source with that id is recorded (the
     * demonstration's reports, which keep their ids wherever they are loaded): entering twice changes nothing.
     * Its statements and claims keep ids derived from the source id and the item's place
     * ({@link #claimId}, {@link #statementId}).
     */
    @Transactional
    @RequiresPermission(Permission.LEDGER_WRITE)
    public Source enter(SourceId id, NewReport report) {
        Optional<Source> entered = ledger.sources().stream().filter(source -> source.id().equals(id)).findFirst();
        return entered.orElseGet(() -> record(ledger.add(id, report.source()), report, true));
    }

    /** The id of the claim of item {@code item} of a report entered under a source id. */
    public static ClaimId claimId(SourceId source, int item) {
        return new ClaimId(derived(source, "claim", item));
    }

    /** The id of the statement first quoted by item {@code item} of a report entered under a source id. */
    public static StatementId statementId(SourceId source, int item) {
        return new StatementId(derived(source, "statement", item));
    }

    private static UUID derived(SourceId source, String kind, int item) {
        return UUID.nameUUIDFromBytes((source.value() + "/" + kind + "/" + item).getBytes(StandardCharsets.UTF_8));
    }

    private Source record(Source source, NewReport report, boolean derivedIds) {
        List<Transfer> transfers = new ArrayList<>();
        for (int i = 0; i < report.transfers().size(); i++) {
            NewTransfer transfer = report.transfers().get(i);
            if (transfer.from() != null && transfer.from().equals(transfer.to())) {
                throw new InputRefusedException("transfers[" + i + "].to", "must differ from the sending party");
            }
            transfers.add(within("transfers[" + i + "].", () -> ledger.add(transfer)));
        }
        Set<PartyId> actors = ledger.parties().stream().map(Party::id).collect(Collectors.toSet());
        Map<String, StatementId> statements = new HashMap<>();
        List<ClaimId> claims = new ArrayList<>();
        for (int i = 0; i < report.items().size(); i++) {
            NewReport.Item item = report.items().get(i);
            String at = "items[" + i + "].";
            if (item.statedOn() != null && source.publishedOn() != null && item.statedOn().isAfter(source.publishedOn())) {
                throw new InputRefusedException(at + "statedOn", "must not be after the source's publication date");
            }
            if (item.speaker() != null && !actors.contains(item.speaker())) {
                throw new InputRefusedException(at + "speaker", "no such party");
            }
            String key = item.quote() + "\u0000" + item.speaker() + "\u0000" + item.person() + "\u0000" + item.statedOn();
            NewStatement newStatement = new NewStatement(source.id(), item.speaker(), item.person(), item.statedOn(), item.quote());
            int index = i;
            StatementId statement = statements.computeIfAbsent(key, k -> within(at, () -> derivedIds
                    ? ledger.add(statementId(source.id(), index), newStatement) : ledger.add(newStatement)).id());
            if (item.kind() == ProposalKind.QUALITATIVE) {
                claims.add(null); // no figure, so nothing can be a part of it
                NewReport.Assertion assertion = item.assertion() == null ? new NewReport.Assertion(null, null, null, null) : item.assertion();
                NewQualitativeClaim qualitative = new NewQualitativeClaim(statement, assertion.text(), assertion.place(), item.statedOn(),
                        item.statedOn() == null ? null : DatePrecision.DAY, assertion.magnitude(),
                        assertion.verification() == null ? Verification.UNVERIFIED : assertion.verification(), null);
                within(at, () -> derivedIds ? ledger.add(new QualitativeClaimId(derived(source.id(), "qualitative", index)), qualitative)
                        : ledger.add(qualitative));
                continue;
            }
            if (item.newTransfer() == null && item.subject() == null) {
                throw new InputRefusedException(at + "subject", "choose what the claim is about");
            }
            Subject subject = item.newTransfer() != null ? Subject.transfer(newTransfer(transfers, item.newTransfer(), at)) : item.subject();
            ClaimId whole = item.partOf() != null && item.partOf() >= 0 && item.partOf() < i ? claims.get(item.partOf()) : null;
            NewClaim claim = new NewClaim(statement, item.party(), subject, item.unit() == null ? Unit.BODIES : item.unit(),
                    item.figure(), null, null, whole, null, whole != null && item.share());
            claims.add(within(at, () -> derivedIds ? ledger.add(claimId(source.id(), index), claim) : ledger.add(claim)).id());
        }
        return source;
    }

    private static TransferId newTransfer(List<Transfer> transfers, int index, String at) {
        if (index < 0 || index >= transfers.size()) {
            throw new InputRefusedException(at + "subject", "no such new transfer");
        }
        return transfers.get(index).id();
    }

    /** Runs a ledger write, naming a refusal's fields under {@code prefix}. */
    private static <T> T within(String prefix, Supplier<T> write) {
        try {
            return write.get();
        } catch (InputRefusedException refused) {
            throw new InputRefusedException(refused.problems().stream()
                    .map(problem -> new InputRefusedException.Problem(prefix + problem.path(), problem.message())).toList());
        }
    }
}
