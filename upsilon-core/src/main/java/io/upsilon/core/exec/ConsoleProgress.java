package io.upsilon.core.exec;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr (the progressbar library), shown only when the JVM has a terminal so
 * that logs and CI output stay clean.
 */
public final class ConsoleProgress implements ProgressReporter {
    private final PrintStream stream;

    private ConsoleProgress(PrintStream stream) {
        this.stream = stream;
    }

    /** A bar on stderr when there is a terminal, {@link ProgressReporter#NONE} otherwise. */
    public static ProgressReporter forStderr() {
        return System.console() != null ? new ConsoleProgress(System.err) : ProgressReporter.NONE;
    }

    @Override
    public Task start(String name, long total) {
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(name)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(stream))
                .showSpeed()
                .build();
        return new Task() {
            @Override
            public void advance(long units) {
                bar.stepBy(units);
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }
}
