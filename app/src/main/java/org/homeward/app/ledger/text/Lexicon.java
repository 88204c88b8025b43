package org.homeward.app.ledger.text;

import java.util.List;
import java.util.Map;

import org.homeward.app.ledger.Qualifier;
import org.homeward.app.ledger.Unit;

/**
 * The words the taggers look for, in Ukrainian, Russian and English, each with its case forms
 * (see {@link Phrases} for the notation). Number words are not here: ICU spells them
 * ({@link SpelledNumbers}).
 */
final class Lexicon {

    private Lexicon() {
    }

    /** What the dead are counted as, each unit with its words. */
    static final Map<Unit, Phrases> COUNT_UNITS = Map.of(
            Unit.BODIES, Phrases.of("bod(y|ies)", "remains", "corpses?", "тіл(о|а|ом|у|і|ами|ам|ах)?", "тел(о|а|ом|у|е|ами|ам|ах)?",
                    "останк(и|ів|ами|ам|ах|ов)", "труп(и|ів|ы|ов|а|ами)?"),
            Unit.BAGS, Phrases.of("bags?", "packages", "мішк(и|ів|ами|ах)", "мешк(и|ов|ами|ах)", "пакет(и|ів|ы|ов|ах)"),
            Unit.INDIVIDUALS, Phrases.of("individuals"),
            Unit.FRAGMENTS, Phrases.of("fragments", "фрагмент(и|ів|ами|ах|ы|ов)"),
            Unit.PERSONS, Phrases.of("deaths", "killed", "dead", "died", "casualties", "fatalities", "missing",
                    "загибл(их|і|ими)", "полеглих", "вбит(их|і)", "убит(ых|ые|ыми)", "погибш(их|ие|ими)", "погибл(о|и)",
                    "загинул(о|и)", "зниклих", "пропавш(их|ие)"));

    /** Nouns after a number that count something other than the dead. */
    static final Phrases OTHER_NOUNS = Phrases.of("days?", "weeks?", "months?", "years?", "hours?", "minutes?", "buildings?",
            "rounds?", "phases?", "stages?", "times", "km", "kilometres", "kilometers", "miles", "trucks?", "countries", "nations",
            "sides", "points", "articles", "posts", "talks", "meetings", "handovers?", "exchanges?", "transfers?", "swaps?",
            "prisoners?", "pows?", "villages?", "settlements?", "tanks?", "drones?", "missiles?", "people", "children",
            "д(ень|ні|нів|ня|ням|нями)", "доб(а|и)", "тиж(день|ні|нів|ня)", "місяц(ь|і|ів|я|ями)", "р(ік|оки|оків|оку)", "годин(а|и|у|і)?",
            "хвилин(а|и|у)?", "будин(ок|ки|ків)", "раунд(и|ів|у)?", "етап(и|ів|у|ах)?", "раз(и|ів|у)?", "км", "кілометр(ів|и)?",
            "країн(а|и)?", "сторін", "обмін(и|ів|у)?", "полонених", "військовополонених", "населених", "сіл", "людей",
            "дітей", "дн(я|ей)", "сут(ки|ок)", "недел(я|и|ь)", "месяц(а|ев)?", "год(а|у)?", "лет", "час(а|ов)?", "минут(ы)?",
            "этап(а|ов|ы)?", "раза?", "стран(ы)?", "сторон", "обмен(а|ов|ы)?", "пленных", "военнопленных", "километр(ов|а)?",
            "человек", "детей");

    static final Map<Qualifier, Phrases> BOUNDS = Map.of(
            Qualifier.AT_LEAST, Phrases.of("over", "more than", "at least", "upwards of", "in excess of", "exceeding",
                    "no fewer than", "no less than", "понад", "більш(е)?", "більш(е)? ніж", "щонайменше", "принаймні",
                    "не менш(е)? ніж", "не менше", "понад як", "більше за", "более", "больше", "более чем", "свыше",
                    "не менее", "как минимум", "минимум", "по меньшей мере"),
            Qualifier.AT_MOST, Phrases.of("up to", "at most", "fewer than", "less than", "no more than", "under", "до",
                    "не більше", "не більш ніж", "не більше ніж", "менше", "менш ніж", "менше ніж", "максимум", "не более",
                    "менее", "меньше", "не больше", "до"),
            Qualifier.APPROXIMATE, Phrases.of("about", "around", "approximately", "roughly", "nearly", "almost", "some",
                    "an estimated", "estimated", "close to", "близько", "приблизно", "майже", "орієнтовно", "біля",
                    "около", "примерно", "почти", "порядка", "приблизительно", "ориентировочно"));

    /** Verbs whose particle "over" is no bound: "handed over 1,000 bodies" states 1,000, not more than 1,000. */
    static final Phrases VERBS_TAKING_OVER = Phrases.of("hand(s|ed|ing)?", "turn(s|ed|ing)?", "pass(es|ed|ing)?",
            "give(s|n)?", "gave", "giving", "bring(s|ing)?", "brought");

    /** True when the token at {@code i} is "over" as the particle of a verb before it. */
    static boolean overAsVerbParticle(List<Token> tokens, int i) {
        return tokens.get(i).norm().equals("over") && VERBS_TAKING_OVER.endingAt(tokens, i) >= 0;
    }

    static final Phrases RANGE_OPEN = Phrases.of("between", "from", "від", "з", "от", "с");
    static final Phrases RANGE_JOIN = Phrases.of("–", "—", "-", "to", "and", "до", "і", "та", "и");

    static final Phrases PART_OF = Phrases.of("of those", "of them", "of which", "of these", "including", "among them",
            "з них", "із них", "з яких", "серед них", "у тому числі", "в тому числі", "зокрема", "з цієї кількості",
            "из них", "в том числе", "среди них", "из которых");

    /** Vague quantities written as words: each with its low and high. */
    static final Map<Phrases, long[]> VAGUE = Map.of(
            Phrases.of("tens of thousands", "десят(ки|ків|ками) тисяч", "десят(ки|ков|ками) тысяч"), new long[] {10_000, 99_999},
            Phrases.of("hundreds of thousands", "сот(ні|ень|нями) тисяч", "сот(ни|ен|нями) тысяч"), new long[] {100_000, 999_999},
            Phrases.of("thousands", "тисячі", "тисяч", "тисячами", "тысячи", "тысяч", "тысячами"), new long[] {1_000, 9_999},
            Phrases.of("hundreds", "сот(ні|ень|нями)", "сот(ни|ен|нями)"), new long[] {100, 999},
            Phrases.of("dozens", "tens", "десят(ки|ків|ками)", "десят(ки|ков|ками)"), new long[] {10, 99});

    static final Phrases QUANTIFIERS = Phrases.of("vast number", "large number", "huge number", "great number", "many",
            "numerous", "a lot", "scores", "masses", "piles", "багато", "чимало", "безліч", "велик* кількість", "значн* кількість",
            "масов*", "купи", "много", "множество", "огромн* количеств*", "больш* количеств*", "значительн* количеств*", "массов*",
            "груды");

    static final Phrases QUALITATIVE_CUES = Phrases.of("not evacuat*", "do not evacuate", "does not evacuate", "abandon*",
            "left behind", "не евакуюють", "не евакуює", "не забирають", "залиша*", "кида*", "не эвакуируют", "не эвакуирует",
            "не вывозят", "не забирают", "оставля*", "брос*");

    static final Phrases SPEECH = Phrases.of("said", "says", "say", "stated", "states", "claimed", "claims", "claiming",
            "confirmed", "confirms", "reported", "reports", "announced", "announces", "wrote", "writes", "noted", "notes",
            "disclosed", "told", "estimated", "estimates", "counted", "offered", "according to", "statement by", "citing",
            "повідомив*", "повідомил*", "повідомля*", "заявив*", "заявил*", "заявля*", "зазначив*", "зазначил*", "наголосив*",
            "написав*", "написал*", "підтвердив*", "підтвердил*", "інформує", "інформу*", "каже", "кажуть", "за словами",
            "за даними", "за інформацією", "як повідомля*", "сообщил*", "сообща*", "заявил*", "заявля*", "отметил*",
            "подтвердил*", "написал*", "по словам", "по данным", "по информации", "переда(е|ё)т", "утверждает", "цитирует");

    static final Phrases RELATIVE_TODAY = Phrases.of("today", "сьогодні", "сегодня");
    static final Phrases RELATIVE_YESTERDAY = Phrases.of("yesterday", "вчора", "учора", "вчера");

    static final Phrases PERCENT = Phrases.of("%", "percent", "per cent", "відсот*", "процент*", "проц");
    static final Phrases MONEY_AFTER = Phrases.of("dollars?", "usd", "uah", "eur", "euros?", "грн", "гривень", "гривн(і|я|ю)",
            "рубл(ей|я|ь)", "руб", "доларів", "долар(и|а)", "долларов", "доллар(а|ы)?", "євро", "евро", "₴", "₽", "\\$", "€");
    static final Phrases MONEY_BEFORE = Phrases.of("\\$", "€", "£", "₴", "₽");
    static final Phrases AGE_BEFORE = Phrases.of("aged", "age", "віком", "вік", "у віці", "в возрасте", "возраст*");
    static final Phrases AGE_AFTER = Phrases.of("years? old", "year-old", "- year - old", "-? річн*", "-? летн*", "-? year old");
    static final Phrases ORDINAL_SUFFIX = Phrases.of("th", "st", "nd", "rd", "(й|го|га|ий|ій|та|тя|те|ша|ше|му|ої|ой|ая|ый|ого|ом|і|ї|е|я|а|ю|у|ми|их|им|ими)");
    static final Phrases MILITARY_UNITS = Phrases.of("brigades?", "regiments?", "battalions?", "divisions?", "corps", "army",
            "бригад*", "полк*", "батальйон*", "батальон*", "дивізі*", "дивизи*", "корпус*", "армі*", "арми*", "омбр", "обр");
    static final Phrases NUMBER_SIGN = Phrases.of("№", "no", "nr", "number", "номер");
    static final Phrases YEAR_WORDS = Phrases.of("року", "році", "рік", "р", "рр", "года", "году", "год", "г", "гг");

    /** Month names with their case forms, January first. "may" is a month only beside a day or a year. */
    static final List<Phrases> MONTHS = List.of(
            Phrases.of("january", "jan", "січ(ень|ня|ні)", "январ(ь|я|е)"),
            Phrases.of("february", "feb", "лют(ий|ого|ому)", "феврал(ь|я|е)"),
            Phrases.of("march", "mar", "берез(ень|ня|ні)", "март(а|е)?"),
            Phrases.of("april", "apr", "квіт(ень|ня|ні)", "апрел(ь|я|е)"),
            Phrases.of("may", "трав(ень|ня|ні)", "ма(й|я|е)"),
            Phrases.of("june", "jun", "черв(ень|ня|ні)", "июн(ь|я|е)"),
            Phrases.of("july", "jul", "лип(ень|ня|ні)", "июл(ь|я|е)"),
            Phrases.of("august", "aug", "серп(ень|ня|ні)", "август(а|е)?"),
            Phrases.of("september", "sept?", "верес(ень|ня|ні)", "сентябр(ь|я|е)"),
            Phrases.of("october", "oct", "жовт(ень|ня|ні)", "октябр(ь|я|е)"),
            Phrases.of("november", "nov", "листопад(а|і|у)?", "ноябр(ь|я|е)"),
            Phrases.of("december", "dec", "груд(ень|ня|ні)", "декабр(ь|я|е)"));
}
