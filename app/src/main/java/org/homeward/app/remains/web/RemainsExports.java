package org.homeward.app.remains.web;

import static org.homeward.app.lists.ListExports.column;

import java.util.List;

import jakarta.validation.Valid;

import org.homeward.app.ledger.TransferId;
import org.homeward.app.lists.ListExports;
import org.homeward.app.lists.ListForm;
import org.homeward.app.remains.Bag;
import org.homeward.app.remains.RemainsRegister;
import org.homeward.app.remains.RemainsSummary;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The register's lists exported whole as CSV or JSON, filtered and sorted as on their pages: the
 * remains (the register's page) and a transfer's bags (its receipt page). {@code DATA_EXPORT} here,
 * {@code REMAINS_READ} at the register; audited.
 */
@RestController
@Tag(name = "Remains")
class RemainsExports {

    static final List<ListExports.Column<RemainsSummary>> REMAINS_COLUMNS = List.of(column("body_number", RemainsSummary::bodyNumber),
            column("kind", RemainsSummary::kind), column("transfer_id", RemainsSummary::transfer),
            column("received_on", RemainsSummary::receivedOn), column("bag_numbers", r -> String.join(" ", r.bagNumbers())),
            column("condition", RemainsSummary::condition), column("nationality", RemainsSummary::nationality),
            column("last_custody", RemainsSummary::lastCustody), column("registered_at", RemainsSummary::registeredAt));

    static final List<ListExports.Column<Bag>> BAG_COLUMNS = List.of(column("bag_number", Bag::bagNumber),
            column("provisional", Bag::provisional), column("other_label", Bag::otherLabel),
            column("label_recorded", Bag::labelRecorded),
            column("claimed_region", bag -> bag.claimedPlace() == null ? null : bag.claimedPlace().region()),
            column("claimed_locality", bag -> bag.claimedPlace() == null ? null : bag.claimedPlace().locality()),
            column("claimed_date", Bag::claimedDate), column("body_numbers", bag -> String.join(" ", bag.bodyNumbers())),
            column("condition", Bag::condition), column("notes", Bag::notes), column("registered_at", Bag::registeredAt),
            column("registered_by", Bag::registeredBy));

    private final RemainsRegister register;
    private final ListExports exports;

    RemainsExports(RemainsRegister register, ListExports exports) {
        this.register = register;
        this.exports = exports;
    }

    @GetMapping("/remains/export.csv")
    @RequiresPermission(Permission.DATA_EXPORT)
    @Operation(summary = "The remains matching the register's filters, as CSV")
    ResponseEntity<byte[]> remainsCsv(@Valid ListForm listForm) {
        return exports.csv("remains", listForm, register::remains, REMAINS_COLUMNS);
    }

    @GetMapping("/remains/export.json")
    @RequiresPermission(Permission.DATA_EXPORT)
    @Operation(summary = "The remains matching the register's filters, as JSON")
    ResponseEntity<List<RemainsSummary>> remainsJson(@Valid ListForm listForm) {
        return exports.json("remains", listForm, register::remains);
    }

    @GetMapping("/remains/transfers/{transfer}/export.csv")
    @RequiresPermission(Permission.DATA_EXPORT)
    @Operation(summary = "The transfer's bags matching the receipt's search, as CSV")
    ResponseEntity<byte[]> csv(@PathVariable TransferId transfer, @Valid ListForm listForm) {
        return exports.csv("transfer-" + transfer.value() + "-bags", listForm, query -> register.bags(transfer, query), BAG_COLUMNS);
    }

    @GetMapping("/remains/transfers/{transfer}/export.json")
    @RequiresPermission(Permission.DATA_EXPORT)
    @Operation(summary = "The transfer's bags matching the receipt's search, as JSON")
    ResponseEntity<List<Bag>> json(@PathVariable TransferId transfer, @Valid ListForm listForm) {
        return exports.json("transfer-" + transfer.value() + "-bags", listForm, query -> register.bags(transfer, query));
    }
}
