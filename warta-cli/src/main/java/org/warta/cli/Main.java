package org.warta.cli;

import java.util.List;
import org.warta.Pipelines;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code warta} command. */
@Command(name = "warta",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Multilingual news intelligence: clean text, language, people, places, times and events from news articles.",
        footerHeading = "%nExit status:%n",
        footer = {
                "  0  every record was processed",
                "  1  an internal error stopped the run",
                "  2  usage error (unknown option, bad value)",
                "  3  the run finished but some records failed (see the summary on stderr)"
        })
public final class Main implements Runnable {
    /** The subcommands, in the order {@code --help} lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(ProcessCommand.class, IngestCommand.class,
            SearchCommand.class, ServeCommand.class, DemoCommand.class, BenchCommand.class, ExportCommand.class,
            EvalCommand.class, KbCommand.class, EventsCommand.class, LanguagesCommand.class, TrainCommand.class,
            CommandLine.HelpCommand.class);

    /** The commands that build the standard pipeline at once: its loading starts before their options are read. */
    private static final java.util.Set<String> PIPELINE_COMMANDS = java.util.Set.of("process", "ingest", "export", "demo");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        if (args.length > 1 && PIPELINE_COMMANDS.contains(args[0]) && !List.of(args).contains("--help")) {
            Pipelines.loadAhead();
        }
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status, without exiting: for tests and embedding. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        String named = args.length > 0 ? args[0] : "";
        boolean one = SUBCOMMANDS.stream().anyMatch(c -> name(c).equals(named)) && !named.equals("help");
        for (Class<?> command : SUBCOMMANDS) {
            // a run names its command first: only that one is built (picocli reads each command's options from its
            // annotations, a tenth of a second for them all); without one, every command is there for the help
            if (!one || name(command).equals(named)) {
                cli.addSubcommand(command);
            }
        }
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("warta: " + e.getMessage());
            if (System.getenv("WARTA_DEBUG") != null) {
                e.printStackTrace(line.getErr());
            }
            return ExitCodes.INTERNAL;
        });
        return cli.execute(args);
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
