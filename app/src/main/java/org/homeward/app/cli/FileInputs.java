package org.homeward.app.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;

import org.homeward.formats.common.FormatException;
import org.homeward.formats.common.Problem;
import org.homeward.formats.common.ReadResult;
import org.homeward.formats.common.UserException;
import org.homeward.kinship.KinshipInputException;

/**
 * The door between files and the commands that compute on them: a bad file or bad kinship input
 * becomes a {@link CommandFailedException} that lists every problem (file, line, field), and the
 * warnings of a file that was read are printed, never dropped.
 */
final class FileInputs {

    private FileInputs() { }

    /** Reads with a format reader; a file with problems fails the command with all of them. */
    static <T> ReadResult<T> read(Supplier<ReadResult<T>> read) {
        try {
            return read.get();
        } catch (FormatException e) {
            StringBuilder s = new StringBuilder(e.problems().size() + " problem(s):");
            e.problems().forEach(p -> s.append(System.lineSeparator()).append("  ").append(p));
            throw new CommandFailedException(s.toString());
        } catch (UserException e) {
            throw new CommandFailedException(e.getMessage());
        }
    }

    /** Prints the warnings (and, when lenient, what was skipped) and returns the value. */
    static <T> T report(ReadResult<T> result, PrintWriter err) {
        for (Problem p : result.problems()) {
            err.println(p);
        }
        err.flush();
        return result.value();
    }

    /** Runs kinship code on the files' contents; refused input fails the command with every problem. */
    static <T> T kinship(Supplier<T> compute) {
        try {
            return compute.get();
        } catch (KinshipInputException e) {
            throw new CommandFailedException(String.join(System.lineSeparator() + "  ", e.problems()));
        }
    }
}
