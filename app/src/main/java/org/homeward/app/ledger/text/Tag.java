package org.homeward.app.ledger.text;

/** What a span of tokens is, as the taggers read it; the rules over these tags decide what is a count. */
enum Tag {
    /** A number, in digits or in words; its value is {@code low..high} (a vague "thousands" is a range). */
    NUMBER,
    /** A date (a day, a month or a year with its precision); a bare year is a DATE of year precision. */
    DATE,
    TIME,
    /** 3rd, 155th, 92-га, 5-й: a rank, never a count. */
    ORDINAL,
    /** The number of a military unit (155th brigade, 92-га бригада, полк 1486). */
    UNIT_NUMBER,
    PERCENT,
    AGE,
    MONEY,
    /** A noun saying the number counts something other than the dead (days, prisoners, rounds). */
    OTHER_NOUN,
    /** A noun saying what the dead are counted as (тіла, тел, останки, bodies): its value is the {@code Unit}. */
    COUNT_UNIT,
    /** "over", "понад", "более", "up to", "about": its value is the {@code Qualifier}. */
    BOUND,
    /** "between", "від", "от", "from": opens a range whose end follows. */
    RANGE_OPEN,
    /** "of those", "з них", "из них": what follows is part of the figure before. */
    PART_OF,
    /** "a vast number of", "багато", "огромное количество": a quantity without a number. */
    QUANTIFIER,
    /** A statement about the dead without a number ("do not evacuate", "не евакуюють"). */
    QUALITATIVE_CUE,
    /** "said", "повідомив", "по словам", "according to": a speaker speaks here. */
    SPEECH,
    /** An organisation or official who may speak: its value is the {@code Actor}. */
    SPEAKER,
    /** "today", "сьогодні", "вчера": a date relative to the source's. */
    RELATIVE_DAY
}
