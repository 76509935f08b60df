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

    private final MongoServer server;
    private final InetSocketAddress address;

    private EmbeddedMongo(MongoServer server, InetSocketAddress address) {
        this.server = server;
        this.address = address;
    }

    /** {@code dataFile} null means in memory; {@code port} 0 means any free port. */
    public static EmbeddedMongo start(int port, Path dataFile) {
        MongoBackend backend = dataFile == null ? new MemoryBackend() : new H2Backend(dataFile.toAbsolutePath().toString());
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port == 0 ? EmbeddedKafkaBroker.freePort() : port);
        return new EmbeddedMongo(server, server.getLocalAddress());
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
        server.shutdownNow();
    }
}
