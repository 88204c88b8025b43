package org.homeward.app.remains;

import static org.homeward.app.web.Limits.BODY_NUMBER_LENGTH;
import static org.homeward.app.web.Limits.ITEMS_PER_REQUEST;
import static org.homeward.app.web.Limits.LONGEST_TEXT;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.app.common.InputRefusedException;
import org.homeward.app.common.Texts;

/**
 * One custody event for many remains at once (a truck's load into storage): the body numbers as a
 * list, as a range ({@code from}–{@code to}, differing only in their last number), or as label codes
 * pasted or scanned one after another (separated by spaces, commas, semicolons or line breaks); any
 * of the three, together.
 */
public record NewBulkCustody(@Size(max = ITEMS_PER_REQUEST) List<@NotNull @Size(max = BODY_NUMBER_LENGTH) String> bodyNumbers,
                             @Size(max = BODY_NUMBER_LENGTH) String from, @Size(max = BODY_NUMBER_LENGTH) String to,
                             @Size(max = LONGEST_TEXT) String pasted, @NotNull @Valid NewCustodyEvent event) {

    private static final Pattern NUMBERED = Pattern.compile("(.*?)(\\d+)");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

    public NewBulkCustody {
        bodyNumbers = bodyNumbers == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(bodyNumbers));
        from = Texts.blankToNull(from);
        to = Texts.blankToNull(to);
    }

    /** Every body number named, once each, in the order given (list, range, pasted); refused naming the field at fault. */
    public List<String> named() {
        Set<String> named = new LinkedHashSet<>();
        bodyNumbers.forEach(number -> named.add(number.strip()));
        named.addAll(range());
        if (pasted != null) {
            for (String code : SEPARATORS.split(pasted.strip())) {
                if (!code.isEmpty()) {
                    named.add(code);
                }
            }
        }
        named.remove("");
        if (named.isEmpty()) {
            throw new InputRefusedException("bodyNumbers", "name the remains: a list of body numbers, a range or pasted label codes");
        }
        if (named.size() > ITEMS_PER_REQUEST) {
            throw new InputRefusedException("bodyNumbers", "at most " + ITEMS_PER_REQUEST + " remains at once, not " + named.size());
        }
        return List.copyOf(named);
    }

    private List<String> range() {
        if (from == null && to == null) {
            return List.of();
        }
        if (from == null || to == null) {
            throw new InputRefusedException(from == null ? "from" : "to", "a range needs its first and its last body number");
        }
        Matcher first = NUMBERED.matcher(from);
        Matcher last = NUMBERED.matcher(to);
        if (!first.matches() || !last.matches() || !first.group(1).equals(last.group(1))
                || first.group(2).length() != last.group(2).length() || first.group(2).length() > 18) {
            throw new InputRefusedException("to", "a range runs between two body numbers that differ only in their last number");
        }
        long start = Long.parseLong(first.group(2));
        long end = Long.parseLong(last.group(2));
        if (end < start || end - start >= ITEMS_PER_REQUEST) {
            throw new InputRefusedException("to", "the range must run forwards over at most " + ITEMS_PER_REQUEST + " numbers");
        }
        List<String> numbers = new ArrayList<>();
        String format = "%0" + first.group(2).length() + "d";
        for (long n = start; n <= end; n++) {
            numbers.add(first.group(1) + String.format(java.util.Locale.ROOT, format, n));
        }
        return numbers;
    }
}
