package org.homeward.app.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * {@code homeward verify CHAIN [--head SEQ:HASH]}: checks a tamper-evident log against itself and its
 * checkpoints and names its first broken link; {@code homeward verify --print-key} prints the
 * checkpoints' public key.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify a hash chain: every link numbered without gaps, each following the hash of the one before, each"
                + " matching its own hash (custody events also within their item). Exits 0 when intact, 1 naming the first"
                + " broken link.",
                "Each chain is also held to every signed checkpoint of its head (written hourly and at every backup to the"
                        + " checkpoint file in the data directory): a checkpointed link that is gone or has another hash is named.",
                "With --head, also checks that the chain still reaches a head hash written down earlier.",
                "With --print-key, prints the public key that checks the checkpoints' signatures (PEM), to keep elsewhere."})
final class VerifyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "CHAIN", arity = "0..1", description = "audit, custody, decisions, genetics, or all")
    String chain;

    @Option(names = "--print-key", description = "Print the checkpoints' public key (PEM) instead of verifying.")
    boolean printKey;

    @Spec
    CommandSpec spec;

    @Mixin
    ChainVerifying verifying;

    @Override
    public Integer call() {
        if (printKey) {
            return verifying.printKey();
        }
        if (chain == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'CHAIN'");
        }
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
    static final class AliasGroup extends CommandGroup {
    }

    /** {@code homeward audit verify}, {@code homeward custody verify}: {@code homeward verify} for that chain. */
    @Command(mixinStandardHelpOptions = true, description = "Same as 'homeward verify' for this chain.")
    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
    static final class Alias implements Callable<Integer> {

        private final String chain;

        @Mixin
        ChainVerifying verifying;

        @Override
        public Integer call() {
            return verifying.verify(chain);
        }
    }
}
