package org.warta.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code warta} command. */
@Command(name = "warta",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Multilingual news intelligence: clean text, language, people, places, times and events from news articles.",
        subcommands = {
                ProcessCommand.class,
                IngestCommand.class,
                SearchCommand.class,
                ServeCommand.class,
                DemoCommand.class,
                BenchCommand.class,
                ExportCommand.class,
                EvalCommand.class,
                KbCommand.class,
                EventsCommand.class,
                LanguagesCommand.class,
                TrainCommand.class,
                CommandLine.HelpCommand.class
        },
        footerHeading = "%nExit status:%n",
        footer = {
                "  0  every record was processed",
                "  1  an internal error stopped the run",
                "  2  usage error (unknown option, bad value)",
                "  3  the run finished but some records failed (see the summary on stderr)"
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status, without exiting: for tests and embedding. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("warta: " + e.getMessage());
            if (System.getenv("WARTA_DEBUG") != null) {
                e.printStackTrace(line.getErr());
            }
            return ExitCodes.INTERNAL;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
