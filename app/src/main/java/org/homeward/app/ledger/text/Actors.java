package org.homeward.app.ledger.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.homeward.app.ledger.Party;
import org.homeward.app.ledger.PartyKind;

/**
 * The organisations and officials reports quote, in Ukrainian, Russian and English, and the ledger
 * party each speaks for. A known speaker is mapped to the ledger's party whose name or alias it
 * matches (the Coordination Headquarters, the Russian Ministry of Defence); else to the party of its
 * side (Ukraine, Russia); the ledger's own names and aliases for its parties are speakers too.
 */
final class Actors {

    /** A speaker reports name, with the English names a ledger party may carry for it, its side, and a person's name. */
    private record Known(Phrases words, List<String> englishNames, String side, String person) {
    }

    private static final String UKRAINE = "ukraine";
    private static final String RUSSIA = "russia";

    private static final List<Known> KNOWN = List.of(
            new Known(Phrases.of("координаційн* штаб*", "коордштаб*", "coordination headquarters", "coordination hq",
                    "координационн* штаб*", "координаційн* штаб* з питань поводження з військовополоненими",
                    "координационн* штаб* по вопросам обращения с военнопленными",
                    "coordination headquarters for the treatment of prisoners of war"), List.of("coordination headquarters"), UKRAINE, null),
            new Known(Phrases.of("міноборони україни", "міністерств* оборони україни", "минобороны украины",
                    "министерств* обороны украины", "ukrainian defen[cs]e ministry", "ministry of defen[cs]e of ukraine"),
                    List.of("ministry of defence of ukraine"), UKRAINE, null),
            new Known(Phrases.of("умєров*", "умеров*", "umerov", "rustem umerov", "рустем* умєров*", "рустем* умеров*"),
                    List.of("umerov", "ministry of defence of ukraine"), UKRAINE, "Rustem Umerov"),
            new Known(Phrases.of("зеленськ*", "зеленск*", "zelensk(y|yy|iy)", "volodymyr zelensk(y|yy)"),
                    List.of("zelensky", "president of ukraine"), UKRAINE, "Volodymyr Zelensky"),
            new Known(Phrases.of("лубінец*", "лубінц*", "лубинец*", "лубинц*", "lubinets", "омбудсман*", "омбудсмен*"),
                    List.of("ombudsman of ukraine"), UKRAINE, "Dmytro Lubinets"),
            new Known(Phrases.of("міноборони рф", "міноборони росії", "міністерств* оборони рф", "міністерств* оборони росії",
                    "минобороны рф", "минобороны россии", "министерств* обороны рф", "министерств* обороны россии",
                    "russian ministry of defen[cs]e", "russian defen[cs]e ministry", "russia's defen[cs]e ministry",
                    "ministry of defen[cs]e of russia", "мо рф"),
                    List.of("ministry of defence of russia", "russian ministry of defence"), RUSSIA, null),
            new Known(Phrases.of("мединськ*", "мединск*", "medinsky", "vladimir medinsky", "володимир* мединськ*",
                    "владимир* мединск*"), List.of("medinsky", "russian negotiating delegation"), RUSSIA, "Vladimir Medinsky"),
            new Known(Phrases.of("тасс", "tass", "правоохоронн* джерел*", "правоохранительн* (источник*|орган*)",
                    "law enforcement sources", "law-enforcement sources"), List.of("tass", "law enforcement sources"), RUSSIA, null),
            new Known(Phrases.of("icrc", "red cross", "мкчх", "мкчк", "мккк", "червон* хрест*", "красн* крест*",
                    "international committee of the red cross"), List.of("icrc", "international committee of the red cross"), null, null));

    private static final Phrases UKRAINE_NAMES = Phrases.of("ukraine", "ukrainian", "kyiv", "україн*", "київ", "києв*",
            "украин*", "киев*");
    private static final Phrases RUSSIA_NAMES = Phrases.of("russia", "russian", "moscow", "kremlin", "росі*", "росій*",
            "рф", "москв*", "кремл*", "росси*", "российск*");

    private record Named(Phrases words, Actor actor) {
    }

    private final List<Named> named = new ArrayList<>();
    private final Party ukraine;
    private final Party russia;

    Actors(List<Party> parties) {
        this.ukraine = state(parties, UKRAINE_NAMES).orElse(null);
        this.russia = state(parties, RUSSIA_NAMES).orElse(null);
        for (Known known : KNOWN) {
            Party party = parties.stream().filter(p -> names(p).stream().anyMatch(known.englishNames()::contains)).findFirst()
                    .orElse(side(known.side()));
            named.add(new Named(known.words(), new Actor(party == null ? null : party.id(), known.person(), false)));
        }
        for (Party party : parties) { // the ledger's own names for its parties
            List<String> phrases = names(party).stream().map(name -> String.join(" ",
                    java.util.Arrays.stream(name.split("\\s+")).map(Pattern::quote).toList())).toList();
            boolean weak = party.kind() == PartyKind.STATE;
            named.add(new Named(Phrases.of(phrases.toArray(String[]::new)), new Actor(party.id(), null, weak)));
        }
        if (ukraine != null) {
            named.add(new Named(UKRAINE_NAMES, new Actor(ukraine.id(), null, true)));
        }
        if (russia != null) {
            named.add(new Named(RUSSIA_NAMES, new Actor(russia.id(), null, true)));
        }
    }

    /** The state party on {@code side}, null when the ledger has none. */
    Party side(String side) {
        return UKRAINE.equals(side) ? ukraine : RUSSIA.equals(side) ? russia : null;
    }

    Party ukraine() {
        return ukraine;
    }

    Party russia() {
        return russia;
    }

    /** Tags every speaker named in the sentence, the longest name first where names overlap. */
    void tag(TaggedSentence sentence) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            int longest = 0;
            Actor actor = null;
            for (Named candidate : named) {
                int length = candidate.words().match(tokens, i);
                if (length > longest || length == longest && length > 0 && actor.weak() && !candidate.actor().weak()) {
                    longest = length;
                    actor = candidate.actor();
                }
            }
            if (longest > 0) {
                sentence.add(Span.of(Tag.SPEAKER, i, i + longest, actor));
                i += longest - 1;
            }
        }
    }

    Phrases ukraineNames() {
        return UKRAINE_NAMES;
    }

    Phrases russiaNames() {
        return RUSSIA_NAMES;
    }

    private static List<String> names(Party party) {
        List<String> names = new ArrayList<>(party.aliases());
        names.add(party.name());
        return names.stream().filter(name -> !name.isBlank()).map(name -> name.toLowerCase(Locale.ROOT)).toList();
    }

    private static Optional<Party> state(List<Party> parties, Phrases names) {
        return parties.stream().filter(party -> party.kind() == PartyKind.STATE)
                .filter(party -> names.match(Tokenizer.tokens(party.name(), 0, party.name().length()), 0) > 0).findFirst();
    }
}
