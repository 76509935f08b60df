package cn.supervision.localinfra;

import java.net.InetSocketAddress;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB-wire-compatible server in this JVM (mongo-java-server). With a data file it keeps its data across
 * restarts (H2 backend); without one it lives in memory. It has no transactions: the platform never needs them.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private final Path dataFile;
    private final InetSocketAddress address;
    private MongoServer server;

    private EmbeddedMongo(MongoServer server, InetSocketAddress address, Path dataFile) {
        this.server = server;
        this.address = address;
        this.dataFile = dataFile;
    }

    /** {@code dataFile} null means in memory; {@code port} 0 means any free port. */
    public static EmbeddedMongo start(int port, Path dataFile) {
        MongoBackend backend = dataFile == null ? new MemoryBackend() : new H2Backend(dataFile.toAbsolutePath().toString());
        MongoServer server = new MongoServer(backend);
        bind(server, port == 0 ? EmbeddedKafkaBroker.freePort() : port);
        return new EmbeddedMongo(server, server.getLocalAddress(), dataFile);
    }

    /**
     * Fault injection (reliability tests): the server goes away, connections drop. Only a server with a data file can be
     * {@linkplain #restart() restarted} with its data; an in-memory one loses everything here.
     */
    public synchronized void stop() {
        if (server != null) {
            server.shutdownNow();
            server = null;
        }
    }

    /** Starts a stopped server again on the same port from the same data file. */
    public synchronized void restart() {
        if (dataFile == null) {
            throw new IllegalStateException("an in-memory Mongo-wire server cannot be restarted with its data");
        }
        if (server == null) {
            MongoServer again = new MongoServer(new H2Backend(dataFile.toAbsolutePath().toString()));
            bind(again, address.getPort());
            server = again;
        }
    }

    /**
     * One worker thread answers every connection. The server's conditional writes (a replace "where version = v", the
     * optimistic lock of credit files) match and then write without a lock, so two connections on two workers could
     * both match the same version and one change would be lost, which MongoDB never allows. One worker makes each
     * command atomic, at the cost of parallelism this in-process server barely had (seen: ConcurrentWritesTest lost
     * one of 12 concurrent entries, once in many runs).
     */
    private static void bind(MongoServer server, int port) {
        server.bind(new InetSocketAddress("127.0.0.1", port), 1, 1);
    }

    /** A connection string for one database of this server. */
    public String uri(String database) {
        return "mongodb://127.0.0.1:" + address.getPort() + "/" + database;
    }

    public int port() {
        return address.getPort();
    }

    @Override
    public void close() {
        stop();
    }
}
