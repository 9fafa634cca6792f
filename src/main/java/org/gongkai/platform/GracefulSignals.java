package org.gongkai.platform;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGTERM and Ctrl-C (SIGINT) run the registered tasks before the JVM starts shutting down.
 *
 * <p>Why not a shutdown hook: JVM shutdown hooks run at the same time, and the embedded H2
 * database closes itself in its own hook (it must, with AUTO_SERVER). Work in progress, such as a
 * bulk import, would then fail in the middle with stack traces from the transaction manager and
 * the pool (issue 10). A task registered here finishes the record in progress and writes its
 * checkpoint first; then the default handler exits as before. A second signal exits at once.
 */
public final class GracefulSignals {
    private static final Logger LOG = Logger.getLogger(GracefulSignals.class);
    private static final List<Runnable> BEFORE_EXIT = new CopyOnWriteArrayList<>();
    private static final AtomicBoolean SIGNALLED = new AtomicBoolean();

    private GracefulSignals() {}

    /** Adds a task that must finish before the process shuts down on a signal; it should return within seconds. */
    public static void beforeExit(Runnable task) {
        BEFORE_EXIT.add(task);
    }

    /** Installs the handlers (from main: tests start no process of their own and install none). */
    static void install() {
        for (String name : List.of("TERM", "INT")) {
            try {
                Signal signal = new Signal(name);
                SignalHandler[] previous = new SignalHandler[1];
                previous[0] = Signal.handle(signal, s -> {
                    if (SIGNALLED.compareAndSet(false, true)) {
                        for (Runnable task : BEFORE_EXIT) {
                            try {
                                task.run();
                            } catch (RuntimeException e) {
                                LOG.debug("a task before exit failed", e);
                            }
                        }
                    }
                    exit(previous[0], s);
                });
            } catch (IllegalArgumentException | UnsupportedOperationException unavailable) {
                // this platform or JVM option (-Xrs) does not let us handle it: shutdown hooks still run
            }
        }
    }

    private static void exit(SignalHandler previous, Signal s) {
        if (previous != null && previous != SignalHandler.SIG_DFL && previous != SignalHandler.SIG_IGN) {
            previous.handle(s);
        } else {
            System.exit(128 + s.getNumber());
        }
    }
}
