package org.warta.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "kb", mixinStandardHelpOptions = true,
        description = "The knowledge base of people, organisations and places (docs/knowledge-base.md).",
        subcommands = {KbImportCommand.class, KbLookupCommand.class, KbStatsCommand.class})
final class KbCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
