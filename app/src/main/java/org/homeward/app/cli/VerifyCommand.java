package org.homeward.app.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code homeward verify CHAIN [--head SEQ:HASH]}: checks a tamper-evident log and names its first broken link. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify a hash chain: every link numbered without gaps, each following the hash of the one before, each"
                + " matching its own hash (custody events also within their item). Exits 0 when intact, 1 naming the first"
                + " broken link.",
                "With --head, also checks that the chain still reaches a head hash written down earlier."})
final class VerifyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "CHAIN", description = "audit, custody, decisions, or all")
    String chain;

    @Mixin
    ChainVerifying verifying;

    @Override
    public Integer call() {
        return verifying.verify(chain);
    }

    /** Adds {@code homeward audit verify} and {@code homeward custody verify}, the earlier names of this command. */
    static void addAliases(CommandLine homeward, CommandLine.IFactory factory) {
        for (String chain : List.of("audit", "custody")) {
            CommandLine group = new CommandLine(new AliasGroup(), factory);
            group.getCommandSpec().usageMessage().description("The " + chain + " chain: '" + chain + " verify' is 'verify " + chain + "'.");
            group.addSubcommand("verify", new CommandLine(new Alias(chain), factory));
            homeward.addSubcommand(chain, group);
        }
    }

    /** {@code homeward audit} or {@code homeward custody} without {@code verify}: prints its usage. */
    @Command(mixinStandardHelpOptions = true)
    static final class AliasGroup implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().usage(spec.commandLine().getErr());
            return CommandLine.ExitCode.USAGE;
        }
    }

    /** {@code homeward audit verify}, {@code homeward custody verify}: {@code homeward verify} for that chain. */
    @Command(mixinStandardHelpOptions = true, description = "Same as 'homeward verify' for this chain.")
    static final class Alias implements Callable<Integer> {

        private final String chain;

        @Mixin
        ChainVerifying verifying;

        Alias(String chain) {
            this.chain = chain;
        }

        @Override
        public Integer call() {
            return verifying.verify(chain);
        }
    }
}
