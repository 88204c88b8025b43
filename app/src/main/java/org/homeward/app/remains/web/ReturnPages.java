package org.homeward.app.remains.web;

import org.homeward.app.audit.AuditEvent;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.remains.RemainsReturns;
import org.homeward.app.remains.ReturnManifest;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.swagger.v3.oas.annotations.Operation;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * A return to the other side: what it sent back, and its manifest for the receiving party and the
 * mediator, as a PDF to sign and a CSV, both in Ukrainian and English (each download audited).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReturnPages {

    private final RemainsReturns returns;
    private final ReturnManifestFiles files;
    private final ApplicationEventPublisher events;

    @GetMapping("/remains/returns/{transfer}")
    @RequiresPermission(Permission.REMAINS_READ)
    String returned(@PathVariable TransferId transfer, Model model) {
        model.addAttribute("manifest", returns.manifest(transfer));
        return "remains/return";
    }

    @GetMapping("/remains/returns/{transfer}/manifest.{format:pdf|csv}")
    @RequiresPermission(Permission.DATA_EXPORT)
    @Operation(summary = "The manifest of a return to the other side, in Ukrainian and English, as PDF or CSV")
    ResponseEntity<byte[]> manifest(@PathVariable TransferId transfer, @PathVariable String format) {
        ReturnManifest manifest = returns.manifest(transfer);
        events.publishEvent(AuditEvent.of("remains.return-manifest.exported", "transfer:" + transfer).with("format", format)
                .with("remains", manifest.remains().size()));
        return "pdf".equals(format) ? files.pdf(manifest) : files.csv(manifest);
    }
}
