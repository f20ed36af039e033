package io.upsilon.cli;

import io.upsilon.cli.reinterpret.ReinterpretCommand;
import io.upsilon.cli.stats.StatsCommand;
import io.upsilon.core.error.InputException;
import io.upsilon.core.exec.JobCancelledException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code upsilon} command. */
@Command(
        name = "upsilon",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Belle II physics analyses end to end: generate, simulate, select, fit, set limits.",
        subcommands = {
            BeamCommand.class,
            XsecCommand.class,
            ProcessesCommand.class,
            RunCommand.class,
            GenerateCommand.class,
            ConvertCommand.class,
            StatsCommand.class,
            ReinterpretCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    /** Exit status for bad input (unknown names, malformed files, numbers out of range). */
    public static final int EXIT_BAD_INPUT = 2;

    /** Exit status of a run stopped by Ctrl-C or SIGTERM (128 + SIGINT, the shell's convention). */
    public static final int EXIT_INTERRUPTED = 130;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams and returns the exit status. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    /** The configured command tree: every subcommand registered here, bad input mapped to exit status 2. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (isCancellation(ex)) {
                // Ctrl-C: the shutdown hook has said "interrupted, stopped cleanly"; no stack trace.
                return EXIT_INTERRUPTED;
            }
            InputException input = findInputException(ex);
            if (input != null) {
                commandLine.getErr().println("upsilon: error: " + input.getMessage());
                commandLine.getErr().flush();
                return EXIT_BAD_INPUT;
            }
            throw ex;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            // One line: what was wrong and where help is (no separate "Try --help" line).
            c.getErr()
                    .println("upsilon: error: " + ex.getMessage() + " (see '"
                            + c.getCommandSpec().qualifiedName() + " --help')");
            c.getErr().flush();
            return EXIT_BAD_INPUT;
        });
        return cl;
    }

    private static boolean isCancellation(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof JobCancelledException) {
                return true;
            }
        }
        return false;
    }

    private static InputException findInputException(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof InputException ie) {
                return ie;
            }
        }
        return null;
    }
}
