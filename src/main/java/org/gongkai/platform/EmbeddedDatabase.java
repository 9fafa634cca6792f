package org.gongkai.platform;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Makes the embedded H2 file database durable (issue 10): a commit is written to the database
 * file before it returns, so a 201 the publishing API sent survives {@code kill -9}.
 *
 * <p>H2 2.x (MVStore) writes committed changes in the background, at most {@code WRITE_DELAY}
 * milliseconds later (default 500): a process killed within that window loses transactions it
 * already reported as committed, and their identity values with them, so the ids were handed
 * out again to other judgments. With {@code WRITE_DELAY=0} every commit stores its chunk
 * synchronously (and the sequences' cached upper bound with it), so no acknowledged row and no
 * id is lost. The setting is in the default JDBC URL; this guard applies it to any H2 file
 * database whatever URL an operator configured, since H2 reads it only from the URL of the
 * process that opens the file. Power loss needs an fsync per commit, which H2 does not do:
 * production runs PostgreSQL (deploy/).
 */
@ApplicationScoped
public class EmbeddedDatabase {
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String kind;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    /** Before anything else at start: the search index and the demo loader write right after. */
    void onStart(@Observes @Priority(1) StartupEvent ev) throws SQLException {
        if (!"h2".equalsIgnoreCase(kind) || !isFileDatabase(url)) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            int before = makeCommitsDurable(c);
            if (before != 0) {
                LOG.infof(
                        "embedded database: WRITE_DELAY was %d ms, set to 0 so that every commit is on disk before it returns",
                        before);
            }
        }
    }

    /** True for an H2 URL that names a file (not mem:, not a remote tcp:/ssl: server, whose owner decides). */
    static boolean isFileDatabase(String jdbcUrl) {
        String u = jdbcUrl.toLowerCase(Locale.ROOT);
        if (!u.startsWith("jdbc:h2:")) {
            return false;
        }
        String rest = u.substring("jdbc:h2:".length());
        return !rest.startsWith("mem:") && !rest.startsWith("tcp:") && !rest.startsWith("ssl:");
    }

    /**
     * Sets WRITE_DELAY to 0 on the database of {@code c}, every time: H2 stores the value of a SET
     * WRITE_DELAY among its settings, but when it opens the file it applies the URL's value (default
     * 500) instead, while INFORMATION_SCHEMA.SETTINGS lists both the stored and the live value.
     * Returns the largest value listed before, i.e. the live one when it was not 0.
     */
    static int makeCommitsDurable(Connection c) throws SQLException {
        int before = 0;
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            while (r.next()) {
                before = Math.max(before, Integer.parseInt(r.getString(1).trim()));
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("SET WRITE_DELAY 0");
        }
        return before;
    }
}
