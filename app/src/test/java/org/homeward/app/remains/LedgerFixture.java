package org.homeward.app.remains;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.homeward.app.ledger.DatePrecision;
import org.homeward.app.ledger.Figure;
import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.NewClaim;
import org.homeward.app.ledger.NewParty;
import org.homeward.app.ledger.NewSource;
import org.homeward.app.ledger.NewStatement;
import org.homeward.app.ledger.NewTransfer;
import org.homeward.app.ledger.Party;
import org.homeward.app.ledger.PartyKind;
import org.homeward.app.ledger.SourceKind;
import org.homeward.app.ledger.Statement;
import org.homeward.app.ledger.Subject;
import org.homeward.app.ledger.Transfer;
import org.homeward.app.ledger.TransferKind;
import org.homeward.app.ledger.Unit;

/** A transfer in the ledger, with each side's count claimed, for the register's tests (needs LEDGER_WRITE). */
public record LedgerFixture(Party sender, Party receiver, Party mediator, Transfer transfer) {

    public static LedgerFixture transfer(Ledger ledger, LocalDate date, long senderCount, long receiverCount) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Party russia = ledger.add(new NewParty("Russia " + suffix, PartyKind.STATE, null, List.of()));
        Party ukraine = ledger.add(new NewParty("Ukraine " + suffix, PartyKind.STATE, null, List.of()));
        Party icrc = ledger.add(new NewParty("ICRC " + suffix, PartyKind.MEDIATOR, null, List.of()));
        Transfer transfer = ledger.add(new NewTransfer(date, DatePrecision.DAY, "Ukraine–Belarus border", null,
                russia.id(), ukraine.id(), null, TransferKind.REPATRIATION, null, List.of(icrc.id()), null));
        var source = ledger.add(new NewSource("Test source", null, "https://example.org/" + suffix, date,
                SourceKind.OFFICIAL_STATEMENT, null));
        Statement kyiv = ledger.add(new NewStatement(source.id(), ukraine.id(), null, date,
                receiverCount + " bodies were returned to Ukraine."));
        Statement moscow = ledger.add(new NewStatement(source.id(), russia.id(), null, date,
                senderCount + " bodies were handed over."));
        ledger.add(new NewClaim(kyiv.id(), ukraine.id(), Subject.transfer(transfer.id()), Unit.BODIES,
                Figure.exact(receiverCount), null, null, null, null));
        ledger.add(new NewClaim(moscow.id(), russia.id(), Subject.transfer(transfer.id()), Unit.BODIES,
                Figure.exact(senderCount), null, null, null, null));
        return new LedgerFixture(russia, ukraine, icrc, transfer);
    }
}
