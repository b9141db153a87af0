package com.wallbill.central.db;

import io.netty.channel.Channel;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.impl.Connection;
import io.vertx.sqlclient.impl.SocketConnectionBase;
import io.vertx.sqlclient.impl.SqlConnectionBase;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * One socket write for the statements a group issues together. The PostgreSQL client flushes after every
 * statement it is given, so a group's BEGIN, journal insert and batches went out as as many {@code sendto} calls
 * (5.3 per group measured under load, against one per answered charger message), each waking the database
 * backend. With Netty's flush consolidation on the connection, flushes asked for while a task runs are done once
 * when it ends, and those asked for while the database's answers are read are done once the read is over.
 *
 * <p>The channel is reached through the client's implementation classes; should they change, the connection is
 * left as it is and a warning logged once.
 */
final class FlushConsolidation {

    private static final Logger LOG = Logger.getLogger(FlushConsolidation.class);
    private static final String NAME = "wallbill-flush-consolidation";
    private static volatile boolean warned;

    private FlushConsolidation() {
    }

    /** Installs consolidation on the connection's channel unless it has it already. */
    static void install(SqlConnection connection) {
        channel(connection).ifPresent(channel -> {
            if (channel.pipeline().get(NAME) == null) {
                try {
                    channel.pipeline().addFirst(NAME, new FlushConsolidationHandler(
                            FlushConsolidationHandler.DEFAULT_EXPLICIT_FLUSH_AFTER_FLUSHES, true));
                } catch (IllegalArgumentException alreadyAdded) {
                    // another group installed it on this connection in the meantime
                }
            }
        });
    }

    /** The network channel under a (pooled) connection of the PostgreSQL client, if it can be reached. */
    static Optional<Channel> channel(SqlConnection connection) {
        if (connection instanceof SqlConnectionBase<?> base) {
            Connection conn = base.unwrap();
            for (int depth = 0; depth < 4 && !(conn instanceof SocketConnectionBase); depth++) {
                conn = conn.unwrap();
            }
            if (conn instanceof SocketConnectionBase socket) {
                return Optional.of(socket.socket().channelHandlerContext().channel());
            }
        }
        if (!warned) {
            warned = true;
            LOG.warnf("Cannot reach the socket of %s: database writes are not consolidated",
                    connection.getClass().getName());
        }
        return Optional.empty();
    }
}
