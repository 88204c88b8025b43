package org.homeward.app.ledger.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.homeward.app.ledger.DatePrecision;
import org.homeward.app.ledger.Figure;
import org.homeward.app.ledger.LedgerDate;
import org.homeward.app.ledger.Party;
import org.homeward.app.ledger.ProposalKind;
import org.homeward.app.ledger.ProposedClaim;
import org.homeward.app.ledger.ProposedSource;
import org.homeward.app.ledger.ReportReading;
import org.homeward.app.ledger.SubjectKind;
import org.homeward.app.ledger.Transfer;
import org.homeward.app.ledger.Unit;

/**
 * Reads a report in Ukrainian, Russian or English as a person entering it would: cuts it into
 * sentences and tokens once, tags spans (dates and years, numbers, ordinals and unit numbers,
 * percentages, ages, money, count units, bounds, speakers…), then applies small rules over the tags:
 * {@link FigureRule} (the figure), {@link UnitRule} (what it counts), {@link SpeakerRule} (who says
 * so), {@link TransferRule} (which transfer it is about, or a new one), and the rules here for "of
 * those" (a part of the figure before) and for claims without a number. A number that is a date, a
 * time, a year, an age, an ordinal, a unit's number, a percentage, money or a count of other things is
 * never proposed. It proposes; it decides nothing. Plain Java, no Spring.
 */
public final class ReportReader {

    private static final int DATELINE_SENTENCES = 3;
    private static final int TITLE_LENGTH = 200;

    private final Actors actors;
    private final List<Party> parties;
    private final List<Transfer> transfers;
    private final FigureRule figures = new FigureRule();
    private final UnitRule units = new UnitRule();
    private final SpeakerRule speakers = new SpeakerRule();

    public ReportReader(List<Party> parties, List<Transfer> transfers) {
        this.parties = List.copyOf(parties);
        this.transfers = List.copyOf(transfers);
        this.actors = new Actors(parties);
    }

    /** Reads {@code text}; {@code publishedOn}, when known, is the source's date (else read from a dateline). */
    public ReportReading read(String text, LocalDate publishedOn) {
        LocalDate sourceDate = publishedOn != null ? publishedOn : dateline(text).orElse(null);
        List<TaggedSentence> sentences = tag(text, sourceDate == null ? null : sourceDate.getYear());
        TransferRule subjects = new TransferRule(transfers, parties, actors.ukraine(), actors.russia());
        List<ProposedClaim> claims = new ArrayList<>();
        List<Integer> claimSentence = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            TaggedSentence sentence = sentences.get(s);
            List<TaggedSentence> earlier = sentences.subList(0, s);
            int before = claims.size();
            counts(sentence, earlier, sourceDate, subjects, claims, claimSentence, s);
            int sentenceIndex = s;
            if (claims.size() == before) {
                qualitative(sentence, earlier, sourceDate).ifPresent(claim -> {
                    claims.add(claim);
                    claimSentence.add(sentenceIndex);
                });
            }
        }
        return new ReportReading(new ProposedSource(null, title(text), sourceDate), claims, subjects.proposed());
    }

    private static List<TaggedSentence> tag(String text, Integer year) {
        DateTagger dates = new DateTagger(year);
        NumberTagger numbers = new NumberTagger();
        CueTagger cues = new CueTagger();
        NonCountTagger nonCounts = new NonCountTagger();
        List<TaggedSentence> sentences = new ArrayList<>();
        for (int[] span : Tokenizer.sentences(text)) {
            TaggedSentence sentence = new TaggedSentence(text, span[0], span[1], paragraph(text, span[0]));
            dates.tag(sentence);
            numbers.tag(sentence);
            cues.tag(sentence);
            nonCounts.tag(sentence);
            sentences.add(sentence);
        }
        return sentences;
    }

    private void counts(TaggedSentence sentence, List<TaggedSentence> earlier, LocalDate sourceDate, TransferRule subjects,
                        List<ProposedClaim> claims, List<Integer> claimSentence, int s) {
        actors.tag(sentence);
        int rangeEnd = -1;
        for (Span number : sentence.spans(Tag.NUMBER)) {
            if (number.from() < rangeEnd) {
                continue;
            }
            FigureRule.Read read = figures.read(sentence, number);
            rangeEnd = read.to();
            Optional<Unit> unit = units.unit(sentence, read.from(), read.to(), earlier);
            boolean unitRightAfter = sentence.at(read.to(), Tag.COUNT_UNIT).isPresent();
            if (number.low() == 1 && !sentence.tokens().get(number.from()).isDigits() && !unitRightAfter) {
                continue; // "one report says", "одна з": only "one body" is a figure
            }
            Optional<SpeakerRule.Found> speaker = speakers.speaker(sentence, read.from(), read.to(), earlier);
            if (unit.isEmpty() && speaker.isEmpty()) {
                continue; // neither a unit nor a speaker near it: "Java 17"
            }
            Actor actor = speaker.map(SpeakerRule.Found::actor).orElse(null);
            LocalDate statedOn = statedOn(sentence, sourceDate);
            SubjectKind subject = null;
            TransferRule.Match match = null;
            if (unit.orElse(Unit.BODIES) == Unit.PERSONS) {
                subject = SubjectKind.CASUALTY;
            } else {
                match = subjects.match(sentence, transferDate(sentence, earlier, statedOn), actor).orElse(null);
                subject = match == null ? null : SubjectKind.TRANSFER;
            }
            boolean ofThose = ofThose(sentence, read, claims, claimSentence, s);
            Integer partOf = partOf(sentence, read, claims, claimSentence, s, ofThose);
            claims.add(new ProposedClaim(ProposalKind.COUNT, sentence.text(read.from(), read.to()),
                    sentence.tokens().get(read.from()).start(), sentence.quote(), read.figure(), unit.orElse(null),
                    actor == null ? null : actor.party(), speaker.map(SpeakerRule.Found::mention).orElse(null),
                    actor == null ? null : actor.person(), actor == null ? null : actor.party(), statedOn, subject, match == null ? null : match.recorded(),
                    match == null ? null : match.proposedIndex(), partOf, partOf != null && ofThose));
            claimSentence.add(s);
        }
    }

    /** "Of those" ("з них", "из них") stands before the figure, after the figure before it in the sentence. */
    private static boolean ofThose(TaggedSentence sentence, FigureRule.Read read, List<ProposedClaim> claims,
                                   List<Integer> claimSentence, int s) {
        int previousStart = claims.isEmpty() || claimSentence.get(claimSentence.size() - 1) != s ? 0
                : startToken(sentence, claims.get(claims.size() - 1));
        return sentence.spans(Tag.PART_OF).stream().anyMatch(cue -> cue.to() <= read.from() && cue.from() >= previousStart);
    }

    /**
     * The proposal this one is a part of: after "of those" ({@code partCue}), the nearest earlier figure
     * larger than it, in this sentence or the one before, of which it is a share (a child, never a
     * sibling of that figure's parts); after a colon that follows a larger figure in the sentence ("563
     * bodies: 320 from Donetsk…"), that figure, of which it is one of the parts.
     */
    private static Integer partOf(TaggedSentence sentence, FigureRule.Read read, List<ProposedClaim> claims,
                                  List<Integer> claimSentence, int s, boolean partCue) {
        Figure figure = read.figure();
        long value = figure.high() != null ? figure.high() : figure.low() != null ? figure.low() : figure.best();
        for (int i = claims.size() - 1; i >= 0 && claimSentence.get(i) >= s - 1; i--) {
            ProposedClaim whole = claims.get(i);
            if (whole.kind() != ProposalKind.COUNT || upper(whole.figure()) <= value) {
                continue;
            }
            if (partCue) {
                return i;
            }
            if (claimSentence.get(i) == s && colonBetween(sentence, startToken(sentence, whole), read.from())) {
                return i;
            }
        }
        return null;
    }

    private static long upper(Figure figure) {
        return figure.high() != null ? figure.high() : figure.best() != null ? figure.best() : figure.low() != null ? figure.low() : 0;
    }

    private static int startToken(TaggedSentence sentence, ProposedClaim claim) {
        return sentence.tokens().stream().filter(token -> token.start() >= claim.start()).mapToInt(Token::index).findFirst().orElse(0);
    }

    private static boolean colonBetween(TaggedSentence sentence, int from, int to) {
        return sentence.tokens().subList(from, to).stream().anyMatch(token -> token.text().equals(":"));
    }

    /** A claim without a number: a quantity in words about the dead, or a qualitative cue about them. */
    private Optional<ProposedClaim> qualitative(TaggedSentence sentence, List<TaggedSentence> earlier, LocalDate sourceDate) {
        actors.tag(sentence);
        List<Span> quantifiers = sentence.spans(Tag.QUANTIFIER);
        List<Span> cues = sentence.spans(Tag.QUALITATIVE_CUE);
        List<Span> unitWords = sentence.spans(Tag.COUNT_UNIT);
        Span cue = !quantifiers.isEmpty() && !unitWords.isEmpty() ? quantifiers.get(0)
                : !cues.isEmpty() && (!unitWords.isEmpty() || !quantifiers.isEmpty()) ? cues.get(0) : null;
        if (cue == null) {
            return Optional.empty();
        }
        Optional<SpeakerRule.Found> speaker = speakers.speaker(sentence, cue.from(), cue.to(), earlier);
        Actor actor = speaker.map(SpeakerRule.Found::actor).orElse(null);
        return Optional.of(new ProposedClaim(ProposalKind.QUALITATIVE, sentence.text(cue.from(), cue.to()),
                sentence.tokens().get(cue.from()).start(), sentence.quote(), null,
                unitWords.isEmpty() ? null : (Unit) unitWords.get(0).value(), actor == null ? null : actor.party(),
                speaker.map(SpeakerRule.Found::mention).orElse(null), actor == null ? null : actor.person(),
                actor == null ? null : actor.party(), statedOn(sentence, sourceDate), null, null, null, null, false));
    }

    /** A day the sentence gives beside its speech word, or "today"/"yesterday", else the source's date; never after the source's. */
    private static LocalDate statedOn(TaggedSentence sentence, LocalDate sourceDate) {
        LocalDate stated = sourceDate;
        if (sentence.has(Tag.SPEECH)) {
            for (Span date : sentence.spans(Tag.DATE)) {
                if (date.value() instanceof LedgerDate day && day.precision() == DatePrecision.DAY) {
                    stated = day.date();
                    break;
                }
            }
        }
        for (Span relative : sentence.spans(Tag.RELATIVE_DAY)) {
            if (sourceDate != null) {
                stated = sourceDate.plusDays((Integer) relative.value());
            }
        }
        return stated != null && sourceDate != null && stated.isAfter(sourceDate) ? sourceDate : stated;
    }

    /** The date a transfer took place on: the sentence's (to the day or month), else one given earlier in the paragraph, else the statement's. */
    private static LedgerDate transferDate(TaggedSentence sentence, List<TaggedSentence> earlier, LocalDate statedOn) {
        Optional<LedgerDate> own = date(sentence);
        if (own.isPresent()) {
            return own.get();
        }
        for (int i = earlier.size() - 1; i >= 0 && earlier.get(i).paragraph() == sentence.paragraph(); i--) {
            Optional<LedgerDate> before = date(earlier.get(i));
            if (before.isPresent()) {
                return before.get();
            }
        }
        return statedOn == null ? null : LedgerDate.day(statedOn);
    }

    private static Optional<LedgerDate> date(TaggedSentence sentence) {
        return sentence.spans(Tag.DATE).stream().map(Span::value).filter(LedgerDate.class::isInstance).map(LedgerDate.class::cast)
                .filter(date -> date.precision() != DatePrecision.YEAR).findFirst();
    }

    /** The first day named in the first sentences ("Kyiv, 14 August 2025."): the source's date. */
    private static Optional<LocalDate> dateline(String text) {
        DateTagger dates = new DateTagger(null);
        List<int[]> spans = Tokenizer.sentences(text);
        for (int[] span : spans.subList(0, Math.min(DATELINE_SENTENCES, spans.size()))) {
            TaggedSentence sentence = new TaggedSentence(text, span[0], span[1], 0);
            dates.tag(sentence);
            Optional<LocalDate> day = sentence.spans(Tag.DATE).stream().map(Span::value).filter(LedgerDate.class::isInstance)
                    .map(LedgerDate.class::cast).filter(date -> date.precision() == DatePrecision.DAY).map(LedgerDate::date).findFirst();
            if (day.isPresent()) {
                return day;
            }
        }
        return Optional.empty();
    }

    /** The first line, when it reads as a headline: short, without a closing full stop, with more text after it. */
    private static String title(String text) {
        String trimmed = text.strip();
        int lineEnd = trimmed.indexOf('\n');
        if (lineEnd < 0) {
            return null;
        }
        String first = trimmed.substring(0, lineEnd).strip();
        return first.length() <= TITLE_LENGTH && !first.endsWith(".") && !first.isEmpty() ? first : null;
    }

    /** Paragraphs are parted by an empty line; a text without empty lines is one paragraph per line. */
    private static int paragraph(String text, int offset) {
        String separator = text.contains("\n\n") ? "\n\n" : "\n";
        int count = 0;
        for (int at = text.indexOf(separator); at >= 0 && at < offset; at = text.indexOf(separator, at + separator.length())) {
            count++;
        }
        return count;
    }
}
