package org.homeward.app.remains;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.homeward.app.ledger.DatePrecision;
import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.Party;
import org.homeward.app.ledger.PartyId;
import org.homeward.app.ledger.Transfer;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.remains.store.CustodyStore;
import org.homeward.app.remains.store.LabelStore;
import org.homeward.app.remains.store.RemainsRepository;
import org.homeward.app.security.Actor;
import org.homeward.formats.common.Strictness;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * How remains come in, for {@link RemainsRegister} (which checks permissions and audits): body
 * numbers taken from the scheme, manifests read and previewed, and bags inserted with their remains
 * and HANDOVER custody events. A bag without a number that can be read gets a provisional one ("P-1",
 * "P-2", … within its transfer). Called inside the register's transactions.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class Intake {

    /** The prefix of the bag numbers the register gives bags that have none that can be read. */
    static final String PROVISIONAL = "P-";

    private final RemainsRepository repository;
    private final CustodyLog custody;
    private final Ledger ledger;
    private final Clock clock;
    private final Numbering numbering;
    private final LabelStore statements;

    ManifestReader.Result read(TransferId transfer, byte[] content) {
        return ManifestReader.read(content, repository.bagNumbers(transfer), numbering.today());
    }

    /** What importing the manifest would create; the body numbers only when it is importable. */
    ManifestPreview preview(Transfer transfer, String fileName, byte[] content, Strictness strictness) {
        ManifestReader.Result read = read(transfer.id(), content);
        ManifestPreview unnumbered = new ManifestPreview(fileName, read.format(), strictness, read.dataRows(), read.rows(),
                read.errors(), read.warnings(), null, null);
        if (!unnumbered.importable()) {
            return unnumbered;
        }
        LocalDate date = receivedOn(transfer, Handover.UNSPECIFIED);
        List<String> range = numbering.peekBodyNumbers(date, read.rows().size());
        return new ManifestPreview(fileName, read.format(), strictness, read.dataRows(), read.rows(), read.errors(), read.warnings(),
                range.get(0), range.get(1));
    }

    /** Inserts the bags, one body number each, with a HANDOVER custody event; returns the body numbers in the bags' order. */
    List<String> register(Transfer transfer, List<RemainsRepository.BagInsert> unnumbered, RemainsKind kind, String file,
                          Handover handover) {
        Instant now = clock.instant();
        String by = Actor.current().name();
        LocalDate received = receivedOn(transfer, handover);
        List<RemainsRepository.BagInsert> bags = withProvisionalNumbers(transfer.id(), unnumbered);
        List<String> numbers = numbering.takeBodyNumbers(received, bags.size());
        List<RemainsRepository.RemainsInsert> remains = new ArrayList<>(bags.size());
        for (int i = 0; i < bags.size(); i++) {
            remains.add(new RemainsRepository.RemainsInsert(numbers.get(i), kind, received, null, bags.get(i).claimedPlace(),
                    bags.get(i).claimedDate()));
        }
        Map<String, Long> bagIds = repository.insertBags(transfer.id(), bags, file, now, by);
        Map<String, Long> remainsIds = repository.insertRemains(transfer.id(), remains, now, by);
        List<long[]> contents = new ArrayList<>(bags.size());
        for (int i = 0; i < bags.size(); i++) {
            contents.add(new long[] {bagIds.get(bags.get(i).bagNumber()), remainsIds.get(numbers.get(i))});
        }
        repository.insertContents(contents, now, by);

        Map<PartyId, String> parties = ledger.parties().stream().collect(Collectors.toMap(Party::id, Party::name, (a, b) -> a));
        Handover said = handover.orElse(new Custodian(null, parties.get(transfer.from()), "sending party"),
                new Custodian(null, parties.get(transfer.to()), "receiving party"),
                transfer.facilitators().stream().map(parties::get).filter(Objects::nonNull).toList(), transfer.place());
        List<CustodyStore.Pending> events = new ArrayList<>(bags.size());
        for (int i = 0; i < bags.size(); i++) {
            RemainsRepository.BagInsert bag = bags.get(i);
            String reason = "received in bag " + bag.bagNumber() + (bag.provisional() ? " (provisional number)" : "")
                    + (bag.otherLabel() == null ? "" : " (their label " + bag.otherLabel() + ")")
                    + (bag.condition() == null ? "" : ", " + bag.condition().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    + " of the transfer of " + transfer.date().date();
            events.add(new CustodyStore.Pending(CustodyItem.remains(numbers.get(i)), new NewCustodyEvent(
                    CustodyEventType.HANDOVER, said.at(), said.place(), null, null, said.from(), said.to(), List.of(), List.of(),
                    said.witnesses(), said.conditionNotes(), reason)));
        }
        custody.appendAll(events);
        return numbers;
    }

    /**
     * Records what the manifest's rows state of whose remains these are (a name, a service number, a side)
     * as statements from the manifest, for identification to compare with DNA; {@code bodyNumbers} are
     * the rows' new numbers, in the rows' order. Returns how many were recorded.
     */
    int recordStatements(List<ManifestRow> rows, List<String> bodyNumbers) {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        String by = Actor.current().name();
        int recorded = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).stated() != null) {
                statements.insert(bodyNumbers.get(i), rows.get(i).stated(), by, now);
                recorded++;
            }
        }
        return recorded;
    }

    /** The bags, each without a number given the next free provisional one of the transfer ("P-1", "P-2", …). */
    private List<RemainsRepository.BagInsert> withProvisionalNumbers(TransferId transfer, List<RemainsRepository.BagInsert> bags) {
        Set<String> taken = new HashSet<>();
        repository.bagNumbers(transfer).forEach(number -> taken.add(number.toUpperCase(Locale.ROOT)));
        List<RemainsRepository.BagInsert> numbered = new ArrayList<>(bags.size());
        int next = 1;
        for (RemainsRepository.BagInsert bag : bags) {
            if (bag.bagNumber() != null) {
                numbered.add(bag);
                continue;
            }
            while (taken.contains(PROVISIONAL + next)) {
                next++;
            }
            taken.add(PROVISIONAL + next);
            numbered.add(new RemainsRepository.BagInsert(PROVISIONAL + next, bag.otherLabel(), bag.claimedPlace(), bag.claimedDate(),
                    bag.notes(), bag.manifestRow(), bag.condition() == null ? BagCondition.UNLABELLED : bag.condition(), true));
        }
        return numbered;
    }

    /** The date body numbers are formed from: the handover's day, else the transfer's day, else today. */
    private LocalDate receivedOn(Transfer transfer, Handover handover) {
        if (handover.at() != null) {
            return numbering.day(handover.at());
        }
        if (transfer.date().precision() == DatePrecision.DAY && !transfer.date().date().isAfter(numbering.today())) {
            return transfer.date().date();
        }
        return numbering.today();
    }

    static String cleanName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "manifest";
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
