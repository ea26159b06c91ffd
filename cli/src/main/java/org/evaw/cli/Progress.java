package org.evaw.cli;

import java.io.PrintStream;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of long work: a progress bar on a terminal, plain log lines on stderr otherwise (in CI,
 * in pipes), so that stdout carries only results.
 */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;
    private final PrintStream log;
    private final String task;
    private final long total;
    private long done;

    private Progress(String task, long total) {
        this.task = task;
        this.total = total;
        if (System.console() != null) {
            this.bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                    .build();
            this.log = null;
        } else {
            this.bar = null;
            this.log = System.err;
        }
    }

    static Progress start(String task, long total) {
        return new Progress(task, total);
    }

    void step(String item) {
        done++;
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(item);
        } else {
            log.printf("%s: %d/%s %s%n", task, done, total > 0 ? Long.toString(total) : "?", item);
        }
    }

    @Override
    public void close() {
        if (bar != null)
            bar.close();
    }
}
