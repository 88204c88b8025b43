package org.homeward.app.ledger.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.app.ledger.Agreement;
import org.homeward.app.ledger.AgreementId;
import org.homeward.app.ledger.Claim;
import org.homeward.app.ledger.ClaimId;
import org.homeward.app.ledger.Commitment;
import org.homeward.app.ledger.CommitmentId;
import org.homeward.app.ledger.DatePrecision;
import org.homeward.app.ledger.Figure;
import org.homeward.app.ledger.LedgerData;
import org.homeward.app.ledger.LedgerDate;
import org.homeward.app.ledger.Offer;
import org.homeward.app.ledger.OfferId;
import org.homeward.app.ledger.OfferReply;
import org.homeward.app.ledger.OfferResponse;
import org.homeward.app.ledger.Party;
import org.homeward.app.ledger.PartyId;
import org.homeward.app.ledger.PartyKind;
import org.homeward.app.ledger.Qualifier;
import org.homeward.app.ledger.Reliability;
import org.homeward.app.ledger.Source;
import org.homeward.app.ledger.SourceId;
import org.homeward.app.ledger.SourceKind;
import org.homeward.app.ledger.Statement;
import org.homeward.app.ledger.StatementId;
import org.homeward.app.ledger.Subject;
import org.homeward.app.ledger.SubjectKind;
import org.homeward.app.ledger.Transfer;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.ledger.TransferKind;
import org.homeward.app.ledger.Unit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.RequiredArgsConstructor;

/** The ledger's tables (V5__ledger.sql), through JdbcClient. Inserts only, except an offer's response. */
@Repository
@RequiredArgsConstructor
public class LedgerRepository {

    private final JdbcClient jdbc;

    // --- writes ------------------------------------------------------------------------------

    /** Inserts the party unless one with its id exists; true when inserted. */
    public boolean insert(Party party) {
        return jdbc.sql("""
                INSERT INTO ledger_party (id, name, kind, side_of, aliases) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (id) DO NOTHING""")
                .params(party.id().value(), party.name(), party.kind().name(), uuid(party.sideOf()),
                        party.aliases().toArray(String[]::new))
                .update() == 1;
    }

    public void update(Party party) {
        jdbc.sql("UPDATE ledger_party SET name = ?, kind = ?, side_of = ?, aliases = ? WHERE id = ?")
                .params(party.name(), party.kind().name(), uuid(party.sideOf()), party.aliases().toArray(String[]::new),
                        party.id().value())
                .update();
    }

    public boolean insert(Source source, Instant at) {
        return jdbc.sql("""
                INSERT INTO ledger_source (id, publisher, title, url, published_on, kind, reference, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""")
                .params(source.id().value(), source.publisher(), source.title(), source.url(), source.publishedOn(),
                        source.kind().name(), source.reference(), timestamp(at))
                .update() == 1;
    }

    public boolean insert(Statement statement, Instant at) {
        return jdbc.sql("""
                INSERT INTO ledger_statement (id, source_id, party_id, speaker, stated_on, quote, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""")
                .params(statement.id().value(), statement.source().value(), uuid(statement.party()), statement.speaker(),
                        statement.statedOn(), statement.quote(), timestamp(at))
                .update() == 1;
    }

    public boolean insert(Agreement agreement, Instant at) {
        boolean inserted = jdbc.sql("""
                INSERT INTO ledger_agreement (id, name, concluded_on, date_precision, place, note, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""")
                .params(agreement.id().value(), agreement.name(), agreement.concludedOn().date(),
                        agreement.concludedOn().precision().name(), agreement.place(), agreement.note(), timestamp(at))
                .update() == 1;
        if (inserted) {
            for (PartyId mediator : agreement.mediators()) {
                jdbc.sql("INSERT INTO ledger_agreement_mediator (agreement_id, party_id) VALUES (?, ?)")
                        .params(agreement.id().value(), mediator.value()).update();
            }
            for (Commitment commitment : agreement.commitments()) {
                jdbc.sql("""
                        INSERT INTO ledger_commitment (id, agreement_id, from_party_id, to_party_id, description)
                        VALUES (?, ?, ?, ?, ?)""")
                        .params(commitment.id().value(), agreement.id().value(), commitment.from().value(),
                                commitment.to().value(), commitment.description())
                        .update();
            }
        }
        return inserted;
    }

    public boolean insert(Transfer transfer, Instant at) {
        boolean inserted = jdbc.sql("""
                INSERT INTO ledger_transfer (id, occurred_on, date_precision, place, phase, from_party_id, to_party_id,
                                             agreement_id, kind, returns_transfer_id, note, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""")
                .params(transfer.id().value(), transfer.date().date(), transfer.date().precision().name(), transfer.place(),
                        transfer.phase(), transfer.from().value(), transfer.to().value(), uuid(transfer.agreement()),
                        transfer.kind().name(), uuid(transfer.returns()), transfer.note(), timestamp(at))
                .update() == 1;
        if (inserted) {
            for (PartyId facilitator : transfer.facilitators()) {
                jdbc.sql("INSERT INTO ledger_transfer_facilitator (transfer_id, party_id) VALUES (?, ?)")
                        .params(transfer.id().value(), facilitator.value()).update();
            }
        }
        return inserted;
    }

    public boolean insert(Offer offer, Instant at) {
        return jdbc.sql("""
                INSERT INTO ledger_offer (id, made_on, date_precision, from_party_id, to_party_id, description,
                                          response_status, response, responded_on, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""")
                .params(offer.id().value(), offer.madeOn().date(), offer.madeOn().precision().name(), offer.from().value(),
                        offer.to().value(), offer.description(), offer.status().name(), offer.response(),
                        offer.respondedOn(), timestamp(at))
                .update() == 1;
    }

    public void updateResponse(OfferId offer, OfferReply reply) {
        jdbc.sql("UPDATE ledger_offer SET response_status = ?, response = ?, responded_on = ? WHERE id = ?")
                .params(reply.status().name(), reply.response(), reply.respondedOn(), offer.value())
                .update();
    }

    public boolean insert(Claim claim) {
        Subject subject = claim.subject();
        Figure figure = claim.figure();
        return jdbc.sql("""
                INSERT INTO ledger_claim (id, statement_id, party_id, subject_kind, transfer_id, commitment_id, offer_id,
                                          about, unit, qualifier, value_low, value_best, value_high,
                                          assessed_reliability, supersedes, part_of, share, note, recorded_at, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""")
                .params(claim.id().value(), claim.statement().value(), claim.party().value(), subject.kind().name(),
                        uuid(subject.transfer()), uuid(subject.commitment()), uuid(subject.offer()), subject.about(),
                        claim.unit().name(), figure.qualifier().name(), figure.low(), figure.best(), figure.high(),
                        claim.assessed() == null ? null : claim.assessed().name(), uuid(claim.supersedes()),
                        uuid(claim.partOf()), claim.share(), claim.note(), timestamp(claim.recordedAt()), claim.recordedBy())
                .update() == 1;
    }

    /** States a claim recorded on its own as a part (or a share) of {@code whole}: the one change a claim allows, once. */
    public void linkPart(ClaimId whole, ClaimId part, boolean share) {
        jdbc.sql("UPDATE ledger_claim SET part_of = ?, share = ? WHERE id = ? AND part_of IS NULL")
                .params(whole.value(), share, part.value()).update();
    }

    // --- reads -------------------------------------------------------------------------------

    public LedgerData load() {
        return new LedgerData(parties(), sources(), statements(), agreements(), transfers(), offers(), claims());
    }

    /** Every party, the belligerents first (a select's first choice is one), then by name. */
    public List<Party> parties() {
        return jdbc.sql("SELECT id, name, kind, side_of, aliases FROM ledger_party "
                        + "ORDER BY array_position(ARRAY['STATE', 'AGENCY', 'MEDIATOR', 'INDEPENDENT'], kind), name")
                .query((row, n) -> new Party(new PartyId(uuid(row, "id")), row.getString("name"),
                        PartyKind.valueOf(row.getString("kind")), partyId(row, "side_of"), strings(row.getArray("aliases"))))
                .list();
    }

    public List<Source> sources() {
        return jdbc.sql("""
                SELECT id, publisher, title, url, published_on, kind, reference FROM ledger_source
                ORDER BY published_on NULLS LAST, publisher, recorded_at""")
                .query((row, n) -> new Source(new SourceId(uuid(row, "id")), row.getString("publisher"),
                        row.getString("title"), row.getString("url"), row.getObject("published_on", LocalDate.class),
                        SourceKind.valueOf(row.getString("kind")), row.getString("reference")))
                .list();
    }

    public List<Statement> statements() {
        return jdbc.sql("SELECT id, source_id, party_id, speaker, stated_on, quote FROM ledger_statement ORDER BY recorded_at, id")
                .query((row, n) -> new Statement(new StatementId(uuid(row, "id")), new SourceId(uuid(row, "source_id")),
                        partyId(row, "party_id"), row.getString("speaker"), row.getObject("stated_on", LocalDate.class),
                        row.getString("quote")))
                .list();
    }

    /** The parties a link table gives each owner (an agreement's mediators, a transfer's facilitators), by the owner's id. */
    private Map<UUID, List<PartyId>> linkedParties(String ownerAndPartyIds) {
        Map<UUID, List<PartyId>> parties = new HashMap<>();
        jdbc.sql(ownerAndPartyIds).query((ResultSet row) -> {
            parties.computeIfAbsent(uuid(row, "owner_id"), id -> new ArrayList<>()).add(new PartyId(uuid(row, "party_id")));
        });
        return parties;
    }

    public List<Agreement> agreements() {
        Map<UUID, List<PartyId>> mediators = linkedParties(
                "SELECT agreement_id AS owner_id, party_id FROM ledger_agreement_mediator ORDER BY party_id");
        Map<UUID, List<Commitment>> commitments = new HashMap<>();
        jdbc.sql("SELECT id, agreement_id, from_party_id, to_party_id, description FROM ledger_commitment ORDER BY id")
                .query((ResultSet row) -> {
                    UUID agreement = uuid(row, "agreement_id");
                    commitments.computeIfAbsent(agreement, id -> new ArrayList<>()).add(new Commitment(
                            new CommitmentId(uuid(row, "id")), new AgreementId(agreement), new PartyId(uuid(row, "from_party_id")),
                            new PartyId(uuid(row, "to_party_id")), row.getString("description")));
                });
        return jdbc.sql("SELECT id, name, concluded_on, date_precision, place, note FROM ledger_agreement ORDER BY concluded_on, name")
                .query((row, n) -> {
                    UUID id = uuid(row, "id");
                    return new Agreement(new AgreementId(id), row.getString("name"), date(row, "concluded_on"),
                            row.getString("place"), mediators.getOrDefault(id, List.of()),
                            commitments.getOrDefault(id, List.of()), row.getString("note"));
                })
                .list();
    }

    public List<Transfer> transfers() {
        Map<UUID, List<PartyId>> facilitators = linkedParties(
                "SELECT transfer_id AS owner_id, party_id FROM ledger_transfer_facilitator ORDER BY party_id");
        return jdbc.sql("""
                SELECT id, occurred_on, date_precision, place, phase, from_party_id, to_party_id, agreement_id, kind,
                       returns_transfer_id, note
                FROM ledger_transfer ORDER BY occurred_on, phase NULLS LAST, recorded_at""")
                .query((row, n) -> {
                    UUID id = uuid(row, "id");
                    UUID agreement = uuid(row, "agreement_id");
                    UUID returns = uuid(row, "returns_transfer_id");
                    return new Transfer(new TransferId(id), date(row, "occurred_on"), row.getString("place"),
                            row.getObject("phase", Integer.class), new PartyId(uuid(row, "from_party_id")),
                            new PartyId(uuid(row, "to_party_id")), agreement == null ? null : new AgreementId(agreement),
                            TransferKind.valueOf(row.getString("kind")), returns == null ? null : new TransferId(returns),
                            facilitators.getOrDefault(id, List.of()), row.getString("note"));
                })
                .list();
    }

    public List<Offer> offers() {
        return jdbc.sql("""
                SELECT id, made_on, date_precision, from_party_id, to_party_id, description, response_status, response,
                       responded_on
                FROM ledger_offer ORDER BY made_on, recorded_at""")
                .query((row, n) -> new Offer(new OfferId(uuid(row, "id")),
                        new LedgerDate(row.getObject("made_on", LocalDate.class), DatePrecision.valueOf(row.getString("date_precision"))),
                        new PartyId(uuid(row, "from_party_id")), new PartyId(uuid(row, "to_party_id")),
                        row.getString("description"), OfferResponse.valueOf(row.getString("response_status")),
                        row.getString("response"), row.getObject("responded_on", LocalDate.class)))
                .list();
    }

    public List<Claim> claims() {
        return jdbc.sql("""
                SELECT id, statement_id, party_id, subject_kind, transfer_id, commitment_id, offer_id, about, unit,
                       qualifier, value_low, value_best, value_high, assessed_reliability, supersedes, part_of, share, note,
                       recorded_at, recorded_by
                FROM ledger_claim ORDER BY recorded_at, id""")
                .query((row, n) -> {
                    UUID transfer = uuid(row, "transfer_id");
                    UUID commitment = uuid(row, "commitment_id");
                    UUID offer = uuid(row, "offer_id");
                    UUID supersedes = uuid(row, "supersedes");
                    UUID partOf = uuid(row, "part_of");
                    String assessed = row.getString("assessed_reliability");
                    Subject subject = new Subject(SubjectKind.valueOf(row.getString("subject_kind")),
                            transfer == null ? null : new TransferId(transfer),
                            commitment == null ? null : new CommitmentId(commitment),
                            offer == null ? null : new OfferId(offer), row.getString("about"));
                    Figure figure = new Figure(Qualifier.valueOf(row.getString("qualifier")),
                            row.getObject("value_low", Long.class), row.getObject("value_best", Long.class),
                            row.getObject("value_high", Long.class));
                    return new Claim(new ClaimId(uuid(row, "id")), new StatementId(uuid(row, "statement_id")),
                            new PartyId(uuid(row, "party_id")), subject, Unit.valueOf(row.getString("unit")), figure,
                            assessed == null ? null : Reliability.valueOf(assessed),
                            supersedes == null ? null : new ClaimId(supersedes), partOf == null ? null : new ClaimId(partOf),
                            row.getBoolean("share"), row.getString("note"),
                            row.getObject("recorded_at", OffsetDateTime.class).toInstant(), row.getString("recorded_by"));
                })
                .list();
    }

    // --- helpers -----------------------------------------------------------------------------

    /** The UUID of a typed id (their toString is the UUID), or null. */
    private static UUID uuid(Object id) {
        if (id == null) {
            return null;
        }
        return UUID.fromString(id.toString());
    }

    private static UUID uuid(ResultSet row, String column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    private static PartyId partyId(ResultSet row, String column) throws SQLException {
        UUID id = uuid(row, column);
        return id == null ? null : new PartyId(id);
    }

    private static LedgerDate date(ResultSet row, String column) throws SQLException {
        return new LedgerDate(row.getObject(column, LocalDate.class), DatePrecision.valueOf(row.getString("date_precision")));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static OffsetDateTime timestamp(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
