package com.wallbill.simulator.transport;

import java.io.IOException;
import java.lang.reflect.Field;
import java.util.concurrent.locks.Lock;
import org.glassfish.grizzly.nio.transport.TCPNIOTransport;
import org.glassfish.grizzly.nio.transport.TCPNIOTransportBuilder;
import org.glassfish.grizzly.strategies.SameThreadIOStrategy;
import org.glassfish.tyrus.client.ClientManager;

/**
 * The Grizzly transport under the shared Tyrus client, set up for thousands of connections on a couple of cores.
 * Tyrus's own transport reads a frame on a selector thread, hands it to a worker pool without an upper bound
 * (hundreds of threads after a storm), and the worker then has the selector re-arm the socket (an epoll_ctl and
 * a selector wake-up): several thread wake-ups per inbound frame. This one delivers the frame on the selector
 * thread itself ({@link SameThreadIOStrategy}), which is safe because nothing done on receipt blocks.
 *
 * <p>Tyrus has no setting for the I/O strategy, so the transport is put in place through Tyrus's private static
 * field, under Tyrus's own lock, before each connect (Tyrus drops the shared transport after it has been idle, and
 * then builds a new one on the next connect). Without that field (another Tyrus version) Tyrus builds its default
 * transport and everything works as before.
 */
final class SharedTransport {

    private static final String TYRUS_SOCKET = "org.glassfish.tyrus.container.grizzly.client.GrizzlyClientSocket";
    private static final Field TRANSPORT = tyrusField("transport");
    private static final Field TRANSPORT_LOCK = tyrusField("TRANSPORT_LOCK");

    private SharedTransport() {
    }

    /** Makes sure Tyrus's next connect uses this transport. */
    static void install() {
        if (TRANSPORT == null || TRANSPORT_LOCK == null) {
            return;
        }
        try {
            Lock lock = (Lock) TRANSPORT_LOCK.get(null);
            lock.lock();
            try {
                if (TRANSPORT.get(null) == null) {
                    TRANSPORT.set(null, started());
                }
            } finally {
                lock.unlock();
            }
        } catch (IllegalAccessException | IOException | RuntimeException e) {
            // Tyrus starts its default transport instead
        }
    }

    /** Whether the transport of the next connect is this one (for tests). */
    static boolean installed() {
        try {
            return TRANSPORT != null && TRANSPORT.get(null) instanceof TCPNIOTransport transport
                    && transport.getIOStrategy() instanceof SameThreadIOStrategy;
        } catch (IllegalAccessException e) {
            return false;
        }
    }

    private static TCPNIOTransport started() throws IOException {
        TCPNIOTransport transport = TCPNIOTransportBuilder.newInstance()
                .setIOStrategy(SameThreadIOStrategy.getInstance())
                .setWorkerThreadPoolConfig(null)
                // as Tyrus's own: with many short-lived client sockets, reuse made connects fail with BindException
                .setReuseAddress(false)
                .build();
        transport.start();
        return transport;
    }

    private static Field tyrusField(String name) {
        try {
            Field field = Class.forName(TYRUS_SOCKET, true, ClientManager.class.getClassLoader())
                    .getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
