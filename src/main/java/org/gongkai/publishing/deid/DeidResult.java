package org.gongkai.publishing.deid;

import java.util.List;
import java.util.Map;

/**
 * The public text and the document's name mapping.
 *
 * @param publicText the text that may be published
 * @param masks      original full name → mask (张三丰 → 张某), for every masked person; kept people are absent
 * @param redactions what was masked/deleted, as kind + count
 */
public record DeidResult(String publicText, Map<String, String> masks, List<Redaction> redactions) {
    public DeidResult {
        masks = Map.copyOf(masks);
        redactions = List.copyOf(redactions);
    }

    /** The mask of a person of this document, or the name unchanged when the document does not mask it. */
    public String mask(String name) {
        return name == null ? null : masks.getOrDefault(TextNormalizer.nameKey(name), name);
    }

    /** Count of redactions of one kind (0 if none). */
    public int count(Redaction.Kind kind) {
        return redactions.stream()
                .filter(r -> r.kind() == kind)
                .mapToInt(Redaction::count)
                .sum();
    }
}
