package org.warta.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure quality on a public data set and print the standard metric beside published figures.",
        subcommands = {EvalLangidCommand.class, EvalExtractionCommand.class, EvalNerCommand.class, EvalTimeCommand.class,
                EvalEventsCommand.class, EvalNewsCommand.class, EvalStoriesCommand.class})
final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
