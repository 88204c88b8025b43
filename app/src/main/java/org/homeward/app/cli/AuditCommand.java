package org.homeward.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.homeward.app.audit.AuditLog;
import org.homeward.app.audit.AuditVerification;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code homeward audit verify}: checks the whole audit chain and names the first broken entry. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Work with the audit log: verify its hash chain.",
        subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Verify every entry of the audit log: numbered without gaps, each following the hash of the one before,"
                    + " each matching its own hash. Exits 0 when intact, 1 naming the first broken entry.",
                    "With --head, also checks that the chain still reaches a head hash written down earlier."})
    static final class Verify implements Callable<Integer> {

        private final SpringContexts spring;

        @Spec
        CommandSpec spec;

        @Mixin
        DataDirectoryOption dataDirectory;

        @Option(names = "--head", paramLabel = "SEQ:HASH",
                description = "An earlier head (entry number and hash, as printed by an earlier verify) that must still be in the chain.")
        String head;

        private static final EarlierHead HEAD = new EarlierHead("Audit", "audit verify", "entry", "the log has %d entries");

        Verify(SpringContexts spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext context = spring.startWithoutWeb(dataDirectory.properties())) {
                AuditLog audit = context.getBean(AuditLog.class);
                AuditVerification verification = audit.verify();
                if (!verification.intact()) {
                    throw new CommandFailedException(verification.summary());
                }
                if (head != null) {
                    HEAD.check(head, verification.entries(), seq -> audit.entry(seq).map(e -> e.hash()));
                }
                out.println(verification.summary());
                out.println("Head: " + verification.entries() + ":" + verification.headHash());
            }
            out.flush();
            return 0;
        }
    }
}
