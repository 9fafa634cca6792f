package org.gongkai.platform;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Append-only audit log of every publishing action. Entries are only ever inserted; there is
 * no update or delete path in the code.
 */
@ApplicationScoped
public class AuditService {
    public record AuditView(
            long id,
            Instant at,
            String actor,
            String court,
            String action,
            String targetType,
            String targetId,
            String reason,
            String detail) {}

    @Inject
    MutableClock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(
            String actor,
            String court,
            String action,
            String targetType,
            String targetId,
            String reason,
            String detail) {
        AuditEntry e = new AuditEntry();
        e.at = clock.instant();
        e.actor = actor;
        e.courtCode = court;
        e.action = action;
        e.targetType = targetType;
        e.targetId = targetId;
        e.reason = truncate(reason, 1000);
        e.detail = truncate(detail, 2000);
        e.persist();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditView> list(String court, String targetType, String targetId, int page, int size) {
        StringBuilder q = new StringBuilder("1 = 1");
        var params = new java.util.HashMap<String, Object>();
        if (court != null && !court.isBlank()) {
            q.append(" and courtCode = :court");
            params.put("court", court);
        }
        if (targetType != null && !targetType.isBlank()) {
            q.append(" and targetType = :tt");
            params.put("tt", targetType);
        }
        if (targetId != null && !targetId.isBlank()) {
            q.append(" and targetId = :tid");
            params.put("tid", targetId);
        }
        List<AuditEntry> entries = AuditEntry.find(q.toString(), Sort.descending("id"), params)
                .page(Page.of(Math.max(0, page), Math.min(Math.max(1, size), 500)))
                .list();
        return entries.stream()
                .map(e -> new AuditView(
                        e.id, e.at, e.actor, e.courtCode, e.action, e.targetType, e.targetId, e.reason, e.detail))
                .toList();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
