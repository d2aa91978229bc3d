package org.warta.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "events", mixinStandardHelpOptions = true,
        description = "The event coder's data: event patterns from verb dictionaries (docs/events.md).",
        subcommands = {EventsImportCommand.class})
final class EventsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
