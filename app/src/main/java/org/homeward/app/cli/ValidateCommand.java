package org.homeward.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.homeward.formats.kinshipcase.CaseValidator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code homeward validate DIR}: runs a folder of kinship validation cases through the engine, one
 * line per remains or hypothesis, and fails (exit 1) on any deviation, unreadable case or field it does not understand.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check the kinship engine against validation cases (kinship-case/1 and kinship-case/2 JSON files).",
                "Prints one line per remains or hypothesis (case, remains or hypothesis, expected LR, computed LR,",
                "relative error, PASS/FAIL) and a final 'N passed, N failed'. A field the format does not define is",
                "a failure naming its JSON path. Exit code 1 on any failure."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder of *.json kinship-case/1 or kinship-case/2 files.")
    Path directory;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new CommandFailedException(directory + " is not a folder");
        }
        CaseValidator.Report report = CaseValidator.validateDirectory(directory);
        PrintWriter out = spec.commandLine().getOut();
        for (CaseValidator.Outcome o : report.outcomes()) {
            out.println(o.line());
        }
        if (report.outcomes().isEmpty()) {
            out.println("no kinship-case files (*.json) in " + directory);
        }
        out.println(report.summary());
        out.flush();
        return report.failed() == 0 && !report.outcomes().isEmpty() ? 0 : 1;
    }
}
