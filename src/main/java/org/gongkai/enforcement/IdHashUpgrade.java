package org.gongkai.enforcement;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.gongkai.platform.Hashing;
import org.jboss.logging.Logger;

/**
 * At start-up, before anything reads or writes an enforcement record: checks that the ID hash key
 * is the one this database was hashed with, and upgrades rows hashed before V5 (unkeyed SHA-256,
 * {@code id_hash_keyed = false}) to keyed hashes in place.
 *
 * <p>Rows hashed before: their {@code id_hash} becomes {@code HMAC(key, old id_hash)}, exactly what
 * {@link IdHashes#hash} gives for the same number today, so lookups and de-duplication go on
 * working; their {@code record_key}, which was a hash over the old id_hash (and so itself a
 * brute-forceable copy of it), is recomputed from the new one by the intake's formula. Each row
 * is updated only while still marked unkeyed, so two nodes starting together upgrade it once.
 * A row written by a node still running the old version after the upgrade would keep an unkeyed
 * hash (and find no match): upgrade every node before taking records again.
 */
@ApplicationScoped
public class IdHashUpgrade {
    private static final Logger LOG = Logger.getLogger(IdHashUpgrade.class);
    static final int BATCH = 500;

    /** The three tables with a debtor, and the register letter of their record keys (EnforcementIntake). */
    enum Table {
        DISHONEST("enf_dishonest", "D"),
        RESTRICTION("enf_restriction", "R"),
        TERMINATION("enf_termination", "T");

        final String name;
        final String letter;

        Table(String name, String letter) {
            this.name = name;
            this.letter = letter;
        }
    }

    @Inject
    IdHashes hashes;

    @Inject
    EntityManager em;

    void onStart(@Observes @Priority(5) StartupEvent ev) {
        checkKey();
        int upgraded = upgradeLegacyRows();
        if (upgraded > 0) {
            LOG.infof("upgraded %d enforcement record(s) from unkeyed SHA-256 ID hashes to keyed hashes", upgraded);
        }
    }

    /**
     * Records the key's fingerprint on the first start; refuses to start with a different key
     * (every stored hash would silently stop matching).
     */
    void checkKey() {
        String mine = hashes.fingerprint();
        String stored = QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("select fingerprint from enf_id_hash_key")
                    .getResultList();
            if (rows.isEmpty()) {
                em.createNativeQuery(
                                "insert into enf_id_hash_key (fingerprint, created_at) values (:f, current_timestamp)")
                        .setParameter("f", mine)
                        .executeUpdate();
                return mine;
            }
            return rows.get(0).toString();
        });
        if (!stored.equals(mine)) {
            throw new IllegalStateException("证件号码哈希密钥与本数据库使用的密钥不一致，已停止启动。"
                    + " The ID hash key (GONGKAI_ID_HASH_KEY or the key file) is not the one this database was hashed with:"
                    + " every lookup by ID number would fail and re-sent records would be listed twice."
                    + " Restore the original key; if it is lost, the natural-person records have to be sent again.");
        }
    }

    /** Upgrades every row still marked unkeyed; returns how many. */
    int upgradeLegacyRows() {
        int total = 0;
        for (Table t : Table.values()) {
            int[] selectedAndUpdated;
            do {
                selectedAndUpdated = QuarkusTransaction.requiringNew().call(() -> batch(t));
                total += selectedAndUpdated[1];
            } while (selectedAndUpdated[0] == BATCH);
        }
        return total;
    }

    /** One batch: how many rows were selected and how many this node updated. */
    private int[] batch(Table t) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, case_number, id_hash from " + t.name
                        + " where id_hash_keyed = false and id_hash is not null order by id")
                .setMaxResults(BATCH)
                .getResultList();
        int done = 0;
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            String newHash = hashes.rehash((String) r[2]);
            done += em.createNativeQuery("update " + t.name + " set id_hash = :h, record_key = :k, id_hash_keyed = true"
                            + " where id = :id and id_hash_keyed = false")
                    .setParameter("h", newHash)
                    .setParameter("k", recordKey(t, (String) r[1], newHash))
                    .setParameter("id", id)
                    .executeUpdate();
        }
        // a row another node upgraded meanwhile is skipped (0 rows updated); a short batch ends the loop
        return new int[] {rows.size(), done};
    }

    /**
     * The record key of a natural person's record, as EnforcementIntake computes it
     * ({@code sha256(letter|case number|Debtor.identityKey())}); an upgraded row must get the key
     * a re-sent record gets, or the same record would be listed twice (IdHashUpgradeTest).
     */
    static String recordKey(Table t, String caseNumber, String idHash) {
        return Hashing.sha256(t.letter + "|" + caseNumber + "|id:" + idHash);
    }
}
