package org.homeward.app.ledger.web;

import org.homeward.app.ledger.*;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.homeward.app.common.InputRefusedException;
import org.homeward.app.web.FormRefusals;
import org.homeward.app.common.NotFoundException;
import jakarta.validation.Valid;

import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ledger's pages: the timeline with totals, a transfer with each party's figures side by side,
 * an agreement's progress, sources and statements, a claim with its corrections, and the
 * text-to-claims screen. Forms post here; a refusal comes back as a message naming the field.
 */
@Controller
@RequestMapping("/ledger")
class LedgerPages {

    private final Ledger ledger;
    private final MessageSource messages;
    private final java.time.ZoneId displayZone;

    LedgerPages(Ledger ledger, MessageSource messages,
                @org.springframework.beans.factory.annotation.Value("${homeward.display-time-zone}") java.time.ZoneId displayZone) {
        this.ledger = ledger;
        this.messages = messages;
        this.displayZone = displayZone;
    }

    /** The choices of the forms' selects. */
    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("qualifiers", Qualifier.values());
        model.addAttribute("units", Unit.values());
        model.addAttribute("sourceKinds", SourceKind.values());
        model.addAttribute("precisions", DatePrecision.values());
        model.addAttribute("transferKinds", TransferKind.values());
        model.addAttribute("displayZone", displayZone);
    }

    // --- timeline ---------------------------------------------------------------------------------

    @GetMapping
    @RequiresPermission(Permission.LEDGER_READ)
    String timeline(Model model) {
        model.addAttribute("timeline", ledger.timeline());
        model.addAttribute("reciprocity", ledger.reciprocity());
        return "ledger/timeline";
    }

    // --- transfers --------------------------------------------------------------------------------

    @GetMapping("/transfers/{id}")
    @RequiresPermission(Permission.LEDGER_READ)
    String transfer(@PathVariable("id") TransferId id, Model model) {
        TransferView view = ledger.transferView(id);
        model.addAttribute("view", view);
        model.addAttribute("parties", ledger.parties());
        model.addAttribute("sources", ledger.sources());
        return "ledger/transfer";
    }

    @PostMapping("/transfers/{id}/claims")
    @RequiresPermission(Permission.LEDGER_WRITE)
    String recordCount(@PathVariable("id") TransferId transfer, @RequestParam MultiValueMap<String, String> form,
                       RedirectAttributes redirect, Locale locale) {
        return attempt(redirect, locale, "/ledger/transfers/" + transfer, () -> {
            PartyId party = partyId(form.getFirst("party"), "party");
            StatementId statement = statement(form, party);
            ledger.add(new NewClaim(statement, party, Subject.transfer(transfer), unit(form.getFirst("unit")),
                    figure(form), null, null, null, null));
            return "/ledger/transfers/" + transfer;
        });
    }

    @GetMapping("/transfers/new")
    @RequiresPermission(Permission.LEDGER_WRITE)
    String newTransfer(Model model) {
        model.addAttribute("parties", ledger.parties());
        model.addAttribute("agreements", ledger.agreements());
        model.addAttribute("transfers", transferLabels(Locale.ENGLISH));
        return "ledger/transfer-form";
    }

    @PostMapping("/transfers")
    @RequiresPermission(Permission.LEDGER_WRITE)
    String addTransfer(@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect, Locale locale) {
        return attempt(redirect, locale, "/ledger/transfers/new", () -> {
            TransferKind kind = form.getFirst("kind") == null || form.getFirst("kind").isBlank()
                    ? TransferKind.REPATRIATION : TransferKind.valueOf(form.getFirst("kind"));
            String returns = form.getFirst("returns");
            String agreement = form.getFirst("agreement");
            String phase = form.getFirst("phase");
            Transfer transfer = ledger.add(new NewTransfer(date(form.getFirst("date")), precision(form.getFirst("precision")),
                    form.getFirst("place"), blank(phase) ? null : number(phase, "phase").intValue(),
                    partyId(form.getFirst("from"), "from"), partyId(form.getFirst("to"), "to"),
                    blank(agreement) ? null : AgreementId.of(agreement), kind,
                    blank(returns) ? null : TransferId.of(returns), facilitators(form), form.getFirst("note")));
            return "/ledger/transfers/" + transfer.id();
        });
    }

    // --- agreements -------------------------------------------------------------------------------

    @GetMapping("/agreements/{id}")
    @RequiresPermission(Permission.LEDGER_READ)
    String agreement(@PathVariable("id") AgreementId id, Model model) {
        model.addAttribute("progress", ledger.agreementProgress(id));
        model.addAttribute("parties", ledger.parties());
        model.addAttribute("sources", ledger.sources());
        return "ledger/agreement";
    }

    @PostMapping("/agreements/{id}/claims")
    @RequiresPermission(Permission.LEDGER_WRITE)
    String recordAgreementFigure(@PathVariable("id") AgreementId agreement, @RequestParam MultiValueMap<String, String> form,
                                 RedirectAttributes redirect, Locale locale) {
        return attempt(redirect, locale, "/ledger/agreements/" + agreement, () -> {
            PartyId party = partyId(form.getFirst("party"), "party");
            CommitmentId commitment = new CommitmentId(java.util.UUID.fromString(required(form.getFirst("commitment"), "commitment")));
            Subject subject = "COMMITTED".equals(form.getFirst("measure")) ? Subject.committed(commitment) : Subject.delivered(commitment);
            ledger.add(new NewClaim(statement(form, party), party, subject, unit(form.getFirst("unit")), figure(form),
                    null, null, null, null));
            return "/ledger/agreements/" + agreement;
        });
    }

    @GetMapping("/agreements/new")
    @RequiresPermission(Permission.LEDGER_WRITE)
    String newAgreement(Model model) {
        model.addAttribute("parties", ledger.parties());
        return "ledger/agreement-form";
    }

    @PostMapping("/agreements")
    @RequiresPermission(Permission.LEDGER_WRITE)
    String addAgreement(@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect, Locale locale) {
        return attempt(redirect, locale, "/ledger/agreements/new", () -> {
            List<NewCommitment> directions = new ArrayList<>();
            directions.add(new NewCommitment(partyId(form.getFirst("from1"), "from1"), partyId(form.getFirst("to1"), "to1"),
                    form.getFirst("description1")));
            if (!blank(form.getFirst("from2")) || !blank(form.getFirst("to2"))) {
                directions.add(new NewCommitment(partyId(form.getFirst("from2"), "from2"), partyId(form.getFirst("to2"), "to2"),
                        form.getFirst("description2")));
            }
            String mediator = form.getFirst("mediator");
            Agreement agreement = ledger.add(new NewAgreement(required(form.getFirst("name"), "name"),
                    date(form.getFirst("date")), precision(form.getFirst("precision")), form.getFirst("place"),
                    blank(mediator) ? List.of() : List.of(partyId(mediator, "mediator")), directions, form.getFirst("note")));
            return "/ledger/agreements/" + agreement.id();
        });
    }

    // --- sources, statements, claims ----------------------------------------------------------------

    @GetMapping("/sources")
    @RequiresPermission(Permission.LEDGER_READ)
    String sources(Model model) {
        List<ClaimView> claims = ledger.claims();
        Map<SourceId, Integer> claimCounts = new LinkedHashMap<>();
        claims.forEach(view -> claimCounts.merge(view.source().id(), 1, Integer::sum));
        Map<SourceId, Integer> statementCounts = new LinkedHashMap<>();
        ledger.statements().forEach(statement -> statementCounts.merge(statement.source(), 1, Integer::sum));
        model.addAttribute("sources", ledger.sources());
        model.addAttribute("claimCounts", claimCounts);
        model.addAttribute("statementCounts", statementCounts);
        if (!model.containsAttribute("sourceForm")) {
            model.addAttribute("sourceForm", SourceForm.blank());
        }
        return "ledger/sources";
    }

    @InitBinder("sourceForm")
    void sourceFields(WebDataBinder binder) {
        binder.setAllowedFields(SourceForm.FIELDS);
    }

    /** A refused source comes back to the sources page with each problem beside its field and what was typed. */
    @PostMapping("/sources")
    @RequiresPermission(Permission.LEDGER_WRITE)
    String addSource(@Valid @ModelAttribute SourceForm sourceForm, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                return "redirect:/ledger/sources/" + ledger.add(sourceForm.source()).id();
            } catch (InputRefusedException refused) {
                FormRefusals.reject(errors, refused, SourceForm.FIELDS);
            }
        }
        return sources(model);
    }

    @GetMapping("/sources/{id}")
    @RequiresPermission(Permission.LEDGER_READ)
    String source(@PathVariable("id") SourceId sourceId, Model model) {
        Source source = ledger.source(sourceId);
        List<ClaimView> claims = ledger.claimsFromSource(sourceId);
        List<Map<String, Object>> statements = new ArrayList<>();
        Map<PartyId, Party> parties = partiesById();
        for (Statement statement : ledger.statements()) {
            if (statement.source().equals(sourceId)) {
                statements.add(Map.of("statement", statement,
                        "party", statement.party() == null ? "" : parties.get(statement.party()).name(),
                        "claims", claims.stream().filter(c -> c.statement().id().equals(statement.id())).toList()));
            }
        }
        model.addAttribute("source", source);
        model.addAttribute("statements", statements);
        model.addAttribute("parties", ledger.parties());
        return "ledger/source";
    }

    @PostMapping("/sources/{id}/statements")
    @RequiresPermission(Permission.LEDGER_WRITE)
    String addStatement(@PathVariable("id") SourceId source, @RequestParam MultiValueMap<String, String> form,
                        RedirectAttributes redirect, Locale locale) {
        return attempt(redirect, locale, "/ledger/sources/" + source, () -> {
            String party = form.getFirst("party");
            ledger.add(new NewStatement(source, blank(party) ? null : partyId(party, "party"), form.getFirst("speaker"),
                    blank(form.getFirst("statedOn")) ? null : date(form.getFirst("statedOn")), required(form.getFirst("quote"), "quote")));
            return "/ledger/sources/" + source;
        });
    }

    @GetMapping("/claims/{id}")
    @RequiresPermission(Permission.LEDGER_READ)
    String claim(@PathVariable("id") ClaimId claimId, Model model) {
        List<ClaimView> history = ledger.claimHistory(claimId);
        model.addAttribute("claim", ledger.claim(claimId));
        model.addAttribute("history", history);
        model.addAttribute("latest", history.get(0));
        model.addAttribute("sources", ledger.sources());
        return "ledger/claim";
    }

    @PostMapping("/claims/{id}/corrections")
    @RequiresPermission(Permission.LEDGER_WRITE)
    String correct(@PathVariable("id") ClaimId claimId, @RequestParam MultiValueMap<String, String> form,
                   RedirectAttributes redirect, Locale locale) {
        return attempt(redirect, locale, "/ledger/claims/" + claimId, () -> {
            ClaimView old = ledger.claim(claimId);
            StatementId statement = blank(form.getFirst("quote")) ? old.statement().id() : statement(form, old.claim().party());
            Claim corrected = ledger.add(new NewClaim(statement, old.claim().party(), old.claim().subject(),
                    unit(form.getFirst("unit")), figure(form), null, claimId, null, form.getFirst("note")));
            return "/ledger/claims/" + corrected.id();
        });
    }

    // --- text to claims -----------------------------------------------------------------------------

    @GetMapping("/proposals")
    @RequiresPermission(Permission.LEDGER_WRITE)
    String proposalForm() {
        return "ledger/proposals";
    }

    @PostMapping("/proposals")
    @RequiresPermission(Permission.LEDGER_WRITE)
    String propose(@RequestParam(value = "text", required = false) String text,
                   @RequestParam(value = "file", required = false) MultipartFile file,
                   @RequestParam MultiValueMap<String, String> form, Model model, Locale locale) throws IOException {
        String body = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : text;
        List<ProposedClaim> proposals = ledger.propose(body);
        model.addAttribute("proposals", proposals);
        model.addAttribute("text", body);
        model.addAttribute("parties", ledger.parties());
        model.addAttribute("subjects", subjectOptions(locale));
        model.addAttribute("publisher", form.getFirst("publisher"));
        model.addAttribute("sourceKind", form.getFirst("sourceKind"));
        model.addAttribute("url", form.getFirst("url"));
        model.addAttribute("title", form.getFirst("title"));
        return "ledger/proposals";
    }

    @PostMapping("/proposals/confirm")
    @RequiresPermission(Permission.LEDGER_WRITE)
    String confirm(@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect, Locale locale) {
        return attempt(redirect, locale, "/ledger/proposals", () -> {
            int rows = number(form.getFirst("rows"), "rows").intValue();
            Source source = null;
            Map<String, StatementId> statements = new LinkedHashMap<>();
            int created = 0;
            for (int i = 0; i < rows; i++) {
                if (!"accept".equals(form.getFirst("decision" + i))) {
                    continue;
                }
                String row = "row " + (i + 1) + ": ";
                if (source == null) {
                    source = newSource(form);
                }
                PartyId party = partyId(form.getFirst("party" + i), row + "party");
                String sentence = required(form.getFirst("sentence" + i), row + "sentence");
                Source finalSource = source;
                StatementId statement = statements.computeIfAbsent(sentence + "\u0000" + party, key -> ledger.add(
                        new NewStatement(finalSource.id(), party, null, null, sentence)).id());
                Subject subject = subject(form.getFirst("subject" + i), form.getFirst("about" + i), row);
                ledger.add(new NewClaim(statement, party, subject, unit(form.getFirst("unit" + i)),
                        figure(form.getFirst("qualifier" + i), form.getFirst("value" + i), form.getFirst("low" + i),
                                form.getFirst("high" + i)), null, null, null, null));
                created++;
            }
            redirect.addFlashAttribute("saved", messages.getMessage("ledger.proposals.created", new Object[] {created}, locale));
            return source == null ? "/ledger/proposals" : "/ledger/sources/" + source.id();
        });
    }

    // --- helpers --------------------------------------------------------------------------------------

    /** Runs a write; on refusal goes back to {@code back} with a message naming the field. */
    private String attempt(RedirectAttributes redirect, Locale locale, String back, Supplier<String> write) {
        try {
            return "redirect:" + write.get();
        } catch (InputRefusedException refused) {
            redirect.addFlashAttribute("error", messages.getMessage("ledger.form.error",
                    new Object[] {refused.path(), refused.getMessage()}, locale));
            return "redirect:" + back;
        } catch (NotFoundException | IllegalArgumentException unknown) {
            redirect.addFlashAttribute("error", messages.getMessage("ledger.form.error", new Object[] {"", unknown.getMessage()}, locale));
            return "redirect:" + back;
        } catch (jakarta.validation.ConstraintViolationException invalid) {
            String detail = invalid.getConstraintViolations().stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).reduce((a, b) -> a + "; " + b).orElse("");
            redirect.addFlashAttribute("error", messages.getMessage("ledger.form.error", new Object[] {"", detail}, locale));
            return "redirect:" + back;
        }
    }

    private Source newSource(MultiValueMap<String, String> form) {
        String kind = form.getFirst("sourceKind");
        String url = form.getFirst("url");
        if (!blank(url) && !url.strip().matches("https?://\\S+")) {
            throw new InputRefusedException("url", "must be an http or https address");
        }
        return ledger.add(new NewSource(required(form.getFirst("publisher"), "publisher"), form.getFirst("title"),
                blank(url) ? null : url.strip(), blank(form.getFirst("publishedOn")) ? null : date(form.getFirst("publishedOn")),
                blank(kind) ? SourceKind.INDEPENDENT_MEDIA : SourceKind.valueOf(kind), form.getFirst("reference")));
    }

    /** The statement a count form quotes: an existing source (or a new one) and the sentence. */
    private StatementId statement(MultiValueMap<String, String> form, PartyId party) {
        String sourceField = form.getFirst("source");
        SourceId source = blank(sourceField) ? newSource(form).id() : SourceId.of(sourceField);
        return ledger.add(new NewStatement(source, party, form.getFirst("speaker"), null,
                required(form.getFirst("quote"), "quote"))).id();
    }

    private static Figure figure(MultiValueMap<String, String> form) {
        return figure(form.getFirst("qualifier"), form.getFirst("value"), form.getFirst("low"), form.getFirst("high"));
    }

    static Figure figure(String qualifierText, String value, String low, String high) {
        Qualifier qualifier = blank(qualifierText) ? Qualifier.EXACT : Qualifier.valueOf(qualifierText);
        Long v = blank(value) ? null : number(value, "value");
        Long l = blank(low) ? null : number(low, "low");
        Long h = blank(high) ? null : number(high, "high");
        Figure figure = switch (qualifier) {
            case EXACT -> v == null ? new Figure(qualifier, null, null, null) : Figure.exact(v);
            case APPROXIMATE -> new Figure(qualifier, l, v, h);
            case AT_LEAST -> new Figure(qualifier, v != null ? v : l, null, null);
            case AT_MOST -> new Figure(qualifier, null, null, v != null ? v : h);
            case RANGE -> new Figure(qualifier, l, v, h);
        };
        figure.problem().ifPresent(problem -> {
            throw new InputRefusedException("value", problem);
        });
        return figure;
    }

    /** "1,245", "1 245" or "1245" as typed in a form. */
    static Long number(String text, String field) {
        String digits = required(text, field).replaceAll("[,\\s\\u00A0\\u202F\\u2009.]", "");
        if (!digits.matches("\\d{1,15}")) {
            throw new InputRefusedException(field, "must be a whole number");
        }
        return Long.parseLong(digits);
    }

    private static Unit unit(String text) {
        return blank(text) ? Unit.BODIES : Unit.valueOf(text);
    }

    private static DatePrecision precision(String text) {
        return blank(text) ? DatePrecision.DAY : DatePrecision.valueOf(text);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(required(text, "date"));
        } catch (java.time.format.DateTimeParseException e) {
            throw new InputRefusedException("date", "must be a date (YYYY-MM-DD)");
        }
    }

    private static PartyId partyId(String text, String field) {
        try {
            return PartyId.of(required(text, field));
        } catch (IllegalArgumentException e) {
            throw new InputRefusedException(field, "no such party");
        }
    }

    private static List<PartyId> facilitators(MultiValueMap<String, String> form) {
        List<String> values = form.getOrDefault("facilitators", List.of());
        return values.stream().filter(value -> !blank(value)).map(value -> partyId(value, "facilitators")).toList();
    }

    private static String required(String text, String field) {
        if (blank(text)) {
            throw new InputRefusedException(field, "is required");
        }
        return text.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Subject subject(String option, String about, String row) {
        if (blank(option)) {
            throw new InputRefusedException(row + "subject", "is required");
        }
        String[] parts = option.split(":", 2);
        SubjectKind kind = SubjectKind.valueOf(parts[0]);
        java.util.UUID id = parts.length > 1 ? java.util.UUID.fromString(parts[1]) : null;
        return switch (kind) {
            case TRANSFER -> Subject.transfer(new TransferId(id));
            case COMMITTED -> Subject.committed(new CommitmentId(id));
            case DELIVERED -> Subject.delivered(new CommitmentId(id));
            case OFFER -> Subject.offer(new OfferId(id));
            case RECOVERY -> Subject.recovery(required(about, row + "about"), id == null ? null : new TransferId(id));
            case CASUALTY -> Subject.casualty(required(about, row + "about"));
        };
    }

    private Map<PartyId, Party> partiesById() {
        return ledger.parties().stream().collect(java.util.stream.Collectors.toMap(Party::id, party -> party));
    }

    /** Labels of the transfers for selects: "June 2025 · phase 4 · Russia → Ukraine". */
    private Map<String, String> transferLabels(Locale locale) {
        Map<PartyId, Party> parties = partiesById();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Transfer transfer : ledger.transfers()) {
            labels.put(transfer.id().toString(), transfer.date().format(locale)
                    + (transfer.phase() == null ? "" : " · " + messages.getMessage("ledger.phase", new Object[] {transfer.phase()}, locale))
                    + " · " + parties.get(transfer.from()).name() + " → " + parties.get(transfer.to()).name());
        }
        return labels;
    }

    /** What a proposed claim may be about, as select options: value → label. */
    private Map<String, String> subjectOptions(Locale locale) {
        Map<PartyId, Party> parties = partiesById();
        Map<String, String> options = new LinkedHashMap<>();
        transferLabels(locale).forEach((id, label) -> options.put("TRANSFER:" + id,
                messages.getMessage("ledger.subject.TRANSFER", null, locale) + ": " + label));
        for (Agreement agreement : ledger.agreements()) {
            for (Commitment commitment : agreement.commitments()) {
                String direction = agreement.name() + " · " + parties.get(commitment.from()).name() + " → "
                        + parties.get(commitment.to()).name();
                options.put("COMMITTED:" + commitment.id(), messages.getMessage("ledger.subject.COMMITTED", null, locale) + ": " + direction);
                options.put("DELIVERED:" + commitment.id(), messages.getMessage("ledger.subject.DELIVERED", null, locale) + ": " + direction);
            }
        }
        for (OfferView offer : ledger.offers()) {
            options.put("OFFER:" + offer.offer().id(), messages.getMessage("ledger.subject.OFFER", null, locale) + ": "
                    + offer.offer().madeOn().format(locale) + " · " + offer.from().name() + " → " + offer.to().name());
        }
        options.put("RECOVERY", messages.getMessage("ledger.subject.RECOVERY", null, locale));
        options.put("CASUALTY", messages.getMessage("ledger.subject.CASUALTY", null, locale));
        return options;
    }
}
