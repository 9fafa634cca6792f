package org.gongkai.publishing.deid;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a free-text field knows about the record it belongs to, for
 * {@link Deidentifier#deidentifyField(String, FieldContext)}.
 *
 * @param parties   the record's people and organisations (judgment parties, case parties, the debtor): their
 *                  names are found in the field, their identity numbers deleted from it
 * @param masks     masks the record already gives (original full name → 张某): the field uses the same ones
 * @param published names the rules publish in full on this record (a listed debtor, rule 3.2; an
 *                  organisation's legal representative or restricted person, rules 1.7, 3.5; a presiding judge)
 * @param category  case category (刑事, 民事 …) when known: decides the Art. 8 set when masking is not total
 * @param cause     cause of action when known (family causes, rule 1.4)
 */
public record FieldContext(
        List<PartyInput> parties, Map<String, String> masks, Set<String> published, String category, String cause) {
    public FieldContext {
        parties = parties == null ? List.of() : List.copyOf(parties);
        // copies that keep the caller's order: Map.copyOf/Set.copyOf iterate in an order that changes
        // from one JVM run to the next, and the order of the seed masks decides which mask a name gets
        masks = masks == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(masks));
        published = published == null
                ? Set.of()
                : java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(published));
    }

    public static FieldContext of(List<PartyInput> parties) {
        return new FieldContext(parties, Map.of(), Set.of(), null, null);
    }

    public FieldContext withMasks(Map<String, String> recordMasks) {
        Map<String, String> m = new LinkedHashMap<>(masks);
        if (recordMasks != null) {
            recordMasks.forEach((k, v) -> {
                if (k != null && v != null && !k.isBlank()) {
                    m.put(k.strip(), v);
                }
            });
        }
        return new FieldContext(parties, m, published, category, cause);
    }

    public FieldContext publishing(Collection<String> names) {
        Set<String> p = new LinkedHashSet<>(published);
        if (names != null) {
            names.stream()
                    .filter(n -> n != null && !n.isBlank())
                    .map(String::strip)
                    .forEach(p::add);
        }
        return new FieldContext(parties, masks, p, category, cause);
    }

    public FieldContext inCase(String caseCategory, String causeOfAction) {
        return new FieldContext(parties, masks, published, caseCategory, causeOfAction);
    }
}
