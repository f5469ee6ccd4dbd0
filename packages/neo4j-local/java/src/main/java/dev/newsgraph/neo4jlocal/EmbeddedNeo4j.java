package dev.newsgraph.neo4jlocal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs Neo4j Community embedded with its Bolt connector, for newsgraph's default set-up and tests.
 *
 * Usage: EmbeddedNeo4j <home> <conf-file> <password-file>
 * Prints "NEWSGRAPH_NEO4J_READY <host:port>" once Bolt accepts connections. Stops when it receives
 * SIGINT/SIGTERM or when its standard input closes, so the JVM never outlives the Node process that
 * started it (even if that process is killed with SIGKILL).
 */
public final class EmbeddedNeo4j {
    private EmbeddedNeo4j() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: EmbeddedNeo4j <home> <conf-file> <password-file>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        Path conf = Path.of(args[1]).toAbsolutePath();
        String password = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8).trim();

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .loadPropertiesFromFile(conf)
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("NEWSGRAPH_NEO4J_STOPPING");
            dbms.shutdown();
        }, "newsgraph-neo4j-shutdown"));

        setInitialPassword(dbms, password);

        GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database("system");
        var address = system.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        System.out.println("NEWSGRAPH_NEO4J_READY " + address.getHost() + ":" + address.getPort());
        System.out.flush();

        watchParent();
    }

    /** The built-in user starts with password "neo4j" and must change it; set ours once, keep it after. */
    private static void setInitialPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database("system");
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            // Same password as before (a restart): nothing to change.
            String message = String.valueOf(e.getMessage());
            if (!message.contains("same")) {
                throw e;
            }
        }
    }

    /** Blocks until standard input reaches end of file, then exits (the shutdown hook stops Neo4j). */
    private static void watchParent() throws IOException {
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        while (in.read(buffer) >= 0) {
            // Input is ignored; only its end matters.
        }
        System.exit(0);
    }
}
