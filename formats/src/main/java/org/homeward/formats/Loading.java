package org.homeward.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.homeward.formats.common.FormatException;
import org.homeward.formats.common.Problem;
import org.homeward.formats.common.ReadResult;
import org.homeward.formats.common.Severity;

/** Chains a reader and a converter so that the problems of both are reported together. */
public final class Loading {

    private Loading() { }

    public static <A, B> ReadResult<B> then(ReadResult<A> read, Function<A, ReadResult<B>> convert) {
        ReadResult<B> converted;
        try {
            converted = convert.apply(read.value());
        } catch (FormatException e) {
            List<Problem> all = new ArrayList<>(read.problems());
            all.addAll(e.problems());
            throw new FormatException(all);
        }
        List<Problem> all = new ArrayList<>(read.problems());
        all.addAll(converted.problems());
        return new ReadResult<>(converted.value(), all);
    }

    public static FormatException wrongKind(String file, FormatKind kind, String expected) {
        return new FormatException(List.of(new Problem(file, 0, "", "the file is "
                + (kind == FormatKind.UNKNOWN ? "of no format Homeward recognises" : "a " + kind + " file")
                + "; expected " + expected, Severity.ERROR)));
    }
}
