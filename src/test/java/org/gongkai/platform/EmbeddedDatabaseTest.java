package org.gongkai.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10: on the embedded H2 default a commit that returned survives kill -9, and so does its id. */
class EmbeddedDatabaseTest {

    @Test
    void onlyH2FileDatabasesAreTouched() {
        assertTrue(EmbeddedDatabase.isFileDatabase("jdbc:h2:file:./data/gongkai;AUTO_SERVER=TRUE"));
        assertTrue(EmbeddedDatabase.isFileDatabase("jdbc:h2:/var/lib/gongkai/db"));
        assertFalse(EmbeddedDatabase.isFileDatabase("jdbc:h2:mem:gongkai;DB_CLOSE_DELAY=-1"));
        assertFalse(EmbeddedDatabase.isFileDatabase("jdbc:h2:tcp://db.internal/gongkai"));
        assertFalse(EmbeddedDatabase.isFileDatabase("jdbc:postgresql://127.0.0.1:5432/gongkai"));
    }

    @Test
    void theGuardTurnsTheWriteDelayOffAtEveryOpen(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db") + ";AUTO_SERVER=TRUE";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            assertEquals(500, EmbeddedDatabase.makeCommitsDurable(c), "H2's default");
            assertEquals(0, EmbeddedDatabase.makeCommitsDurable(c), "now off");
        }
        // H2 keeps the SET among its settings but opens the file with the URL's value again
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            assertEquals(500, EmbeddedDatabase.makeCommitsDurable(c), "the live value after reopening");
            assertEquals(0, EmbeddedDatabase.makeCommitsDurable(c));
        }
    }

    /**
     * A child process opens a file database with H2's defaults, applies the guard and commits one
     * row per transaction, printing each id once its commit returned; it is killed with SIGKILL
     * in the middle. Every printed row must be there afterwards, and new rows get new ids.
     */
    @Test
    void acknowledgedCommitsSurviveKillMinus9(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db") + ";AUTO_SERVER=TRUE";
        List<Long> acked = new ArrayList<>();
        // twice: the second process opens a database the first one left with WRITE_DELAY set to 0
        for (int cycle = 1; cycle <= 2; cycle++) {
            acked.addAll(writeUntilKilled(url));
            assertAllStored(url, acked);
        }
    }

    private static List<Long> writeUntilKilled(String url) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java, "-cp", System.getProperty("java.class.path"), CommitWriter.class.getName(), url)
                .redirectErrorStream(true)
                .start();
        List<Long> acked = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ack ")) {
                    acked.add(Long.parseLong(line.substring(4)));
                    if (acked.size() == 300) {
                        child.destroyForcibly(); // SIGKILL while it goes on committing
                        break;
                    }
                } else if (!line.isBlank()) {
                    throw new AssertionError("child: " + line);
                }
            }
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertEquals(300, acked.size());
        return acked;
    }

    private static void assertAllStored(String url, List<Long> acked) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement()) {
            Set<Long> stored = new HashSet<>();
            try (ResultSet r = s.executeQuery("SELECT id, note FROM t WHERE note <> 'after'")) {
                while (r.next()) {
                    assertEquals("row " + r.getLong(1), r.getString(2), "a row keeps its own content");
                    stored.add(r.getLong(1));
                }
            }
            List<Long> lost = acked.stream().filter(id -> !stored.contains(id)).toList();
            assertEquals(List.of(), lost, "acknowledged rows lost by kill -9");
            s.execute("INSERT INTO t(note) VALUES ('after')");
            try (ResultSet r = s.executeQuery("SELECT MAX(id) FROM t WHERE note = 'after'")) {
                r.next();
                long fresh = r.getLong(1);
                assertTrue(acked.stream().allMatch(id -> id < fresh), "id " + fresh + " was handed out before");
            }
        }
    }

    /** The child of {@link #acknowledgedCommitsSurviveKillMinus9}. */
    public static final class CommitWriter {
        public static void main(String[] args) throws Exception {
            try (Connection c = DriverManager.getConnection(args[0], "sa", "")) {
                EmbeddedDatabase.makeCommitsDurable(c);
                try (Statement s = c.createStatement()) {
                    s.execute(
                            "CREATE TABLE IF NOT EXISTS t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, note VARCHAR(100))");
                }
                c.setAutoCommit(false);
                try (PreparedStatement insert =
                                c.prepareStatement("INSERT INTO t(note) VALUES (?)", new String[] {"ID"});
                        PreparedStatement name = c.prepareStatement("UPDATE t SET note = ? WHERE id = ?")) {
                    while (true) {
                        insert.setString(1, "pending");
                        insert.executeUpdate();
                        long id;
                        try (ResultSet keys = insert.getGeneratedKeys()) {
                            keys.next();
                            id = keys.getLong(1);
                        }
                        name.setString(1, "row " + id);
                        name.setLong(2, id);
                        name.executeUpdate();
                        c.commit();
                        System.out.println("ack " + id);
                        System.out.flush();
                    }
                }
            }
        }
    }
}
