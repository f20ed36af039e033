package io.upsilon.cli;

import io.upsilon.generators.process.Process;
import io.upsilon.generators.process.ProcessParameter;
import io.upsilon.generators.process.ProcessRegistry;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code upsilon processes}: the registered processes and their parameters. */
@Command(name = "processes", mixinStandardHelpOptions = true, description = "List the processes and their parameters.")
public final class ProcessesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Process p : ProcessRegistry.standard().all()) {
            out.printf("%-22s %s%n", p.name(), p.description());
            for (ProcessParameter par : p.parameters()) {
                if (par.kind() == ProcessParameter.Kind.TEXT) {
                    out.printf(
                            "    --param %s=<text>  %s (default %s)%n",
                            par.name(), par.description(), par.defaultText().isEmpty() ? "none" : par.defaultText());
                    continue;
                }
                if (par.kind() == ProcessParameter.Kind.OPEN) {
                    out.printf("    --param <%s>=<value>  %s%n", par.name(), par.description());
                    continue;
                }
                out.printf(
                        "    --param %s=<%s>  %s (default %s, range [%s, %s])%n",
                        par.name(),
                        par.unit().isEmpty() ? "value" : par.unit(),
                        par.description(),
                        par.defaultValue(),
                        par.min(),
                        par.max());
            }
        }
        out.flush();
        return 0;
    }
}
