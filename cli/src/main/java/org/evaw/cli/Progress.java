package org.evaw.cli;

import java.io.Console;
import java.io.PrintWriter;

import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of long work, on a command's error writer so that its output carries only results: a
 * progress bar on a terminal, plain log lines otherwise (in CI, in pipes, in tests).
 */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;
    private final PrintWriter err;
    private final String task;
    private final long total;
    private long done;

    private Progress(String task, long total, PrintWriter err) {
        this.task = task;
        this.total = total;
        this.err = err;
        this.bar = onTerminal()
                ? new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                        .setConsumer(new DelegatingProgressBarConsumer(line -> {
                            err.print('\r' + line);
                            err.flush();
                        }))
                        .build()
                : null;
    }

    /** Progress of {@code total} steps (or an unknown number, -1) reported on {@code err}. */
    static Progress start(String task, long total, PrintWriter err) {
        return new Progress(task, total, err);
    }

    void step(String item) {
        done++;
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(item);
        } else {
            err.printf("%s: %d/%s %s%n", task, done, total > 0 ? Long.toString(total) : "?", item);
            err.flush();
        }
    }

    /** What the work is doing meanwhile, when no step ends for a long time. */
    void note(String what) {
        if (bar != null) {
            bar.setExtraMessage(what);
        } else {
            err.printf("%s: %s%n", task, what);
            err.flush();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            err.println();
            err.flush();
        }
    }

    /**
     * Whether the process runs on a terminal. From Java 22 there is a console even when the
     * standard streams are redirected, and {@code Console.isTerminal()} tells the two apart.
     */
    private static boolean onTerminal() {
        Console console = System.console();
        if (console == null)
            return false;
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
