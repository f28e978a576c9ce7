package org.teller.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.teller.core.InvalidInputException;
import org.teller.formats.votes.Progress;

/**
 * A progress bar on standard error for reads that take more than a second or so: nothing at all for
 * short ones, and off when standard error is not a terminal (a pipe, a file, CI) or with --quiet.
 */
final class ProgressBar implements Progress {

    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
    private static final long EVERY_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final AtomicLong done = new AtomicLong();
    private volatile long total;
    private volatile String what = "";
    private volatile long started;
    private volatile boolean shown;
    private Thread painter;

    private ProgressBar(PrintWriter err) {
        this.err = err;
    }

    /** A bar when it can be seen, else {@link Progress#NONE}. */
    static Progress on(PrintWriter err, boolean quiet) {
        boolean dumb = System.getenv("TERM") == null || "dumb".equals(System.getenv("TERM"));
        return quiet || dumb || !standardErrorIsATerminal() ? Progress.NONE : new ProgressBar(err);
    }

    /**
     * Whether standard error is a terminal. Java cannot ask directly: on Linux, /proc says where file
     * descriptor 2 leads; elsewhere, a console (standard input and output both terminals) will do.
     */
    private static boolean standardErrorIsATerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            String target = Files.readSymbolicLink(fd).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            return System.console() != null;
        }
    }

    @Override
    public synchronized void start(String name, long size) {
        what = InvalidInputException.oneLine(name); // a file name could hold a line break
        total = Math.max(1, size);
        done.set(0);
        started = System.nanoTime();
        painter = new Thread(this::paintWhileRunning, "teller-progress");
        painter.setDaemon(true);
        painter.start();
    }

    @Override
    public void advance(long amount) {
        done.addAndGet(amount);
    }

    @Override
    public synchronized void finish() {
        if (painter != null) {
            painter.interrupt();
            try {
                painter.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            painter = null;
        }
        if (shown) {
            err.print("\r\033[K");
            err.flush();
            shown = false;
        }
    }

    private void paintWhileRunning() {
        try {
            Thread.sleep(SHOW_AFTER_NANOS / 1_000_000);
            while (!Thread.currentThread().isInterrupted()) {
                paint();
                Thread.sleep(EVERY_NANOS / 1_000_000);
            }
        } catch (InterruptedException e) {
            // finished
        }
    }

    private void paint() {
        double fraction = Math.min(1.0, done.get() / (double) total);
        int width = 30;
        int filled = (int) Math.round(fraction * width);
        double seconds = (System.nanoTime() - started) / 1e9;
        String bar = "#".repeat(filled) + " ".repeat(width - filled);
        err.print(String.format(Locale.ROOT, "\r%s [%s] %3.0f%% %.1fs", what, bar, fraction * 100, seconds));
        err.flush();
        shown = true;
    }
}
