package org.homeward.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.homeward.app.remains.CustodyLog;
import org.homeward.app.remains.CustodyVerification;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code homeward custody verify}: checks every custody chain of the remains register and names the first broken event. */
@Command(name = "custody", mixinStandardHelpOptions = true,
        description = "Work with the chain of custody of remains, samples and personal effects: verify it.",
        subcommands = CustodyCommand.Verify.class)
final class CustodyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Verify every custody event: numbered without gaps, each following the hash of the event before and of"
                    + " its item's event before, each matching its own hash. Exits 0 when intact, 1 naming the first broken event"
                    + " and its item.",
                    "With --head, also checks that the chain still reaches a head written down earlier."})
    static final class Verify implements Callable<Integer> {

        private final SpringContexts spring;

        @Spec
        CommandSpec spec;

        @Mixin
        DataDirectoryOption dataDirectory;

        @Option(names = "--head", paramLabel = "SEQ:HASH",
                description = "An earlier head (event number and hash, as printed by an earlier verify) that must still be in the chain.")
        String head;

        private static final EarlierHead HEAD = new EarlierHead("Custody", "custody verify", "event", "the chain has %d events");

        Verify(SpringContexts spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext context = spring.startWithoutWeb(dataDirectory.properties())) {
                CustodyLog custody = context.getBean(CustodyLog.class);
                CustodyVerification verification = custody.verify();
                if (!verification.intact()) {
                    throw new CommandFailedException(verification.summary());
                }
                if (head != null) {
                    HEAD.check(head, verification.events(), seq -> custody.event(seq).map(e -> e.hash()));
                }
                out.println(verification.summary());
                out.println("Head: " + verification.events() + ":" + verification.headHash());
            }
            out.flush();
            return 0;
        }
    }
}
