package org.homeward.app.ledger.web;

import static org.homeward.app.ledger.web.LedgerForms.submit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.Party;
import org.homeward.app.ledger.PartyId;
import org.homeward.app.ledger.PartyKind;
import org.homeward.app.common.NotFoundException;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.homeward.app.web.PageForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The actors of the ledger, each kind in its own list: the parties to the conflict (states and the
 * agencies and officials that speak for them), mediators and facilitators (Türkiye, the ICRC), and
 * monitors and media (BBC, Mediazona); with the pages that create and edit them.
 */
@Controller
@RequestMapping("/ledger/parties")
@LedgerAccess
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PartyPages {

    /** The lists of the parties page, in order: message key of the heading → the kinds it holds. */
    private static final Map<String, List<PartyKind>> LISTS = listsInOrder();

    private final Ledger ledger;

    private static Map<String, List<PartyKind>> listsInOrder() {
        Map<String, List<PartyKind>> lists = new LinkedHashMap<>();
        lists.put("ledger.parties.belligerents", List.of(PartyKind.STATE, PartyKind.AGENCY));
        lists.put("ledger.parties.mediators", List.of(PartyKind.MEDIATOR));
        lists.put("ledger.parties.monitors", List.of(PartyKind.INDEPENDENT));
        return lists;
    }

    @InitBinder("partyForm")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields(PartyForm.FIELDS);
    }

    @ModelAttribute
    void choices(Model model) {
        List<Party> parties = ledger.parties();
        model.addAttribute("partyKinds", PartyKind.values());
        model.addAttribute("states", parties.stream().filter(party -> party.kind() == PartyKind.STATE).toList());
        Map<String, List<Party>> lists = new LinkedHashMap<>();
        LISTS.forEach((heading, kinds) -> lists.put(heading, parties.stream().filter(party -> kinds.contains(party.kind())).toList()));
        model.addAttribute("lists", lists);
        model.addAttribute("partyNames", parties.stream().collect(java.util.stream.Collectors.toMap(Party::id, Party::name)));
    }

    @GetMapping
    String parties(Model model) {
        PageForms.blankUnlessTyped(model, "partyForm", PartyForm.blank());
        return "ledger/parties";
    }

    @PostMapping
    String add(@Valid @ModelAttribute PartyForm partyForm, BindingResult errors, Model model) {
        return submit(errors, PartyForm.FIELDS, () -> {
            ledger.add(partyForm.party());
            return "/ledger/parties";
        }, () -> parties(model));
    }

    @GetMapping("/{id}")
    @RequiresPermission(Permission.LEDGER_WRITE)
    String edit(@PathVariable("id") PartyId id, Model model) {
        Party party = party(id);
        model.addAttribute("party", party);
        PageForms.blankUnlessTyped(model, "partyForm", PartyForm.of(party));
        return "ledger/party";
    }

    @PostMapping("/{id}")
    String save(@PathVariable("id") PartyId id, @Valid @ModelAttribute PartyForm partyForm, BindingResult errors, Model model) {
        return submit(errors, PartyForm.FIELDS, () -> {
            ledger.editParty(id, partyForm.party());
            return "/ledger/parties";
        }, () -> edit(id, model));
    }

    private Party party(PartyId id) {
        return ledger.parties().stream().filter(party -> party.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("party", id));
    }
}
