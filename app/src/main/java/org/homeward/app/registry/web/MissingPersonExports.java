package org.homeward.app.registry.web;

import static org.homeward.app.lists.ListExports.column;

import java.util.List;

import jakarta.validation.Valid;

import org.homeward.app.lists.ListExports;
import org.homeward.app.lists.ListForm;
import org.homeward.app.registry.MissingPerson;
import org.homeward.app.registry.MissingPersons;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The register's missing persons, filtered and sorted as on its page, exported whole as CSV or JSON:
 * {@code DATA_EXPORT} here, {@code MISSING_READ} at the facade; audited.
 */
@RestController
@Tag(name = "Registry")
class MissingPersonExports {

    static final List<ListExports.Column<MissingPerson>> COLUMNS = List.of(column("id", MissingPerson::id),
            column("family_id", MissingPerson::familyId), column("surname", MissingPerson::surname),
            column("given_names", MissingPerson::givenNames), column("name_latin", MissingPerson::nameLatin),
            column("sex", MissingPerson::sex), column("date_of_birth", MissingPerson::dateOfBirth),
            column("service_number", MissingPerson::serviceNumber), column("unit", MissingPerson::unit),
            column("last_seen_on", MissingPerson::lastSeenOn), column("last_seen_place", MissingPerson::lastSeenPlace),
            column("status", MissingPerson::status), column("reported_at", MissingPerson::reportedAt));

    private final MissingPersons missingPersons;
    private final ListExports exports;

    MissingPersonExports(MissingPersons missingPersons, ListExports exports) {
        this.missingPersons = missingPersons;
        this.exports = exports;
    }

    @GetMapping("/registry/export.csv")
    @RequiresPermission(Permission.DATA_EXPORT)
    @Operation(summary = "The missing persons matching the register's filters, as CSV")
    ResponseEntity<byte[]> csv(@Valid ListForm listForm) {
        return exports.csv("missing-persons", listForm, missingPersons::search, COLUMNS);
    }

    @GetMapping("/registry/export.json")
    @RequiresPermission(Permission.DATA_EXPORT)
    @Operation(summary = "The missing persons matching the register's filters, as JSON")
    ResponseEntity<List<MissingPerson>> json(@Valid ListForm listForm) {
        return exports.json("missing-persons", listForm, missingPersons::search);
    }
}
