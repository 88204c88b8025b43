package org.homeward.app.identification.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.homeward.app.identification.SampleAdvice;
import org.homeward.app.registry.Families;
import org.homeward.app.registry.KinWords;
import org.homeward.app.registry.MissingPerson;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.homeward.kinship.dvi.FamilyAdvice;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Whose sample to ask a family for, for liaison officers and analysts alike: relatives in relationship
 * words ("the mother of the missing person's brother"), the expected LR with their sample and its gain;
 * no sample code, no genotype.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SampleAdvicePages {

    /** One missing person's advice as the page shows it. */
    record Shown(MissingPerson missingPerson, FamilyAdvice.Power power, List<Ask> asks, int xMarkers) {
    }

    /** A relative whose sample would help, in words. */
    record Ask(String relative, double expectedLog10Lr, double expectedGain) {
    }

    private final SampleAdvice advice;
    private final Families families;
    private final MessageSource messages;

    @GetMapping("/identification/families/{id}/advice")
    @RequiresPermission(Permission.MISSING_READ)
    String advice(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute("family", families.family(id));
        List<SampleAdvice.ForMissingPerson> computed = advice.forFamily(id);
        Map<String, String> names = new HashMap<>();
        computed.forEach(a -> names.put(a.missingPerson().id(), a.missingPerson().name()));
        KinWords words = KinWords.in(messages, locale);
        String someone = messages.getMessage("identification.advice.connecting", null, locale);
        model.addAttribute("advice", computed.stream().map(a -> new Shown(a.missingPerson(), a.power(), a.asks().stream()
                .map(g -> new Ask(g.path() == null ? someone : words.say(g.path(), a.missingPerson().id(), member -> names.getOrDefault(member, member)),
                        g.expectedLog10Lr(), g.expectedGain())).toList(), a.xMarkers())).toList());
        return "identification/advice";
    }
}
