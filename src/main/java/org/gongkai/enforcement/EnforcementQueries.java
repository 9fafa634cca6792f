package org.gongkai.enforcement;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.gongkai.enforcement.EnforcementFilter.SortOrder;
import org.gongkai.platform.Cursor;
import org.gongkai.platform.ProblemException;

/**
 * The JPQL of the enforcement registers: public-record guards, filters, sort keys and keyset
 * pagination with opaque cursors (sort order, last value and id, Base64url).
 */
@ApplicationScoped
public class EnforcementQueries {
    /** The three registers: entity, the date their lists sort and filter by, their amount. */
    enum Register {
        DISHONEST("DishonestListing", "decisionDate", "amount"),
        RESTRICTION("ConsumptionRestriction", "issueDate", null),
        TERMINATION("TerminatedCase", "terminationDate", "amountUnperformed");

        final String entity;
        final String dateField;
        final String amountField;

        Register(String entity, String dateField, String amountField) {
            this.entity = entity;
            this.dateField = dateField;
            this.amountField = amountField;
        }
    }

    private static final Pattern NUMBER_RUN = Pattern.compile("[0-9]{3,}[0-9Xx]");

    @Inject
    IdHashes idHashes;

    /** Checks the filters against a register before a streamed export starts (400s come first). */
    public void validate(Register register, EnforcementFilter f, LocalDate today) {
        if (f.idNumber() != null) {
            // an export is bulk access: a person lookup goes through the wrong-number budget of the lists
            throw ProblemException.invalidField(
                    "idNumber",
                    "导出不支持按身份证号码查询，请在名单页面查询" + " / exports take no ID number: look a person up on the list");
        }
        where(register, f, today);
        sortKey(register, f.sort());
    }

    record Slice<E>(long total, List<E> rows, String next) {}

    /** The largest id of a register so far: the snapshot of the numbered HTML pages. */
    long latestId(Register reg) {
        Long max = Panache.getEntityManager()
                .createQuery("select max(e.id) from " + reg.entity + " e", Long.class)
                .getSingleResult();
        return max == null ? 0 : max;
    }

    <E> Slice<E> slice(Register reg, EnforcementFilter f, LocalDate today, boolean withTotal, Class<E> type) {
        Jpql w = where(reg, f, today);
        if (f.upto() > 0) {
            w.and("e.id <= :upto", "upto", f.upto());
        }
        long total = withTotal ? count(reg, w) : -1;
        String key = sortKey(reg, f.sort());
        boolean desc = f.sort() == SortOrder.NEWEST || f.sort() == SortOrder.AMOUNT;
        if (f.cursor() != null) {
            Object[] c = decodeCursor(f.cursor(), reg, f.sort());
            String op = desc ? "<" : ">";
            w.and("(" + key + " " + op + " :ck or (" + key + " = :ck and e.id " + op + " :cid))", "ck", c[0]);
            w.params.put("cid", c[1]);
        }
        String dir = desc ? " desc" : " asc";
        TypedQuery<E> q = Panache.getEntityManager()
                .createQuery(
                        "from " + reg.entity + " e where " + w.where + " order by " + key + dir + ", e.id" + dir, type);
        w.params.forEach(q::setParameter);
        if (f.cursor() == null && f.offset() > 0) {
            q.setFirstResult(f.offset());
        }
        List<E> rows = q.setMaxResults(f.size() + 1).getResultList();
        String next = null;
        if (rows.size() > f.size()) {
            rows = rows.subList(0, f.size());
            next = encodeCursor(
                    reg, f.sort(), sortValue(rows.get(rows.size() - 1), f.sort()), id(rows.get(rows.size() - 1)));
        }
        return new Slice<>(total, rows, next);
    }

    long count(Register reg, Jpql w) {
        var q = Panache.getEntityManager()
                .createQuery("select count(e) from " + reg.entity + " e where " + w.where, Long.class);
        w.params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    Jpql where(Register reg, EnforcementFilter f, LocalDate today) {
        Jpql w = new Jpql();
        switch (reg) {
            case DISHONEST -> {
                w.and(
                        "e.state in :states",
                        "states",
                        List.of(DishonestListing.State.LISTED, DishonestListing.State.CORRECTED));
                w.and("(e.termEnd is null or e.termEnd >= :today)", "today", today);
            }
            case RESTRICTION -> w.and("e.state = :state", "state", ConsumptionRestriction.State.IN_FORCE);
            case TERMINATION -> {}
        }
        if (f.name() != null) {
            if (f.idNumber() != null) {
                w.and("e.debtor.name = :name", "name", f.name());
            } else {
                w.and(
                        "(e.debtor.name = :name or (e.debtor.kind = 'ORGANISATION' and e.debtor.name like :nameLike escape '!'))",
                        "name",
                        f.name());
                w.params.put("nameLike", "%" + likeEscape(f.name()) + "%");
            }
        }
        if (f.idNumber() != null) {
            // the full number only, by its keyed hash (filter() refuses anything else)
            w.and("e.debtor.idHash = :idHash", "idHash", idHashes.hash(f.idNumber()));
        }
        if (f.creditCode() != null) {
            w.and("e.debtor.creditCode = :cc", "cc", f.creditCode());
        }
        if (f.courtCode() != null) {
            w.and("e.courtCode = :court", "court", f.courtCode());
        }
        if (f.province() != null) {
            w.and("e.province like :province escape '!'", "province", likeEscape(f.province()) + "%");
        }
        if (f.from() != null) {
            w.and("e." + reg.dateField + " >= :from", "from", f.from());
        }
        if (f.to() != null) {
            w.and("e." + reg.dateField + " <= :to", "to", f.to());
        }
        if (f.ground() != null) {
            if (reg != Register.DISHONEST) {
                throw ProblemException.invalidField(
                        "ground", org.gongkai.platform.Texts.txt().err_ground_only_dishonest());
            }
            w.and("e.ground = :ground", "ground", f.ground());
        }
        if (f.kind() != null) {
            w.and("e.debtor.kind = :kind", "kind", f.kind());
        }
        if (f.q() != null) {
            String like = "%" + likeEscape(f.q().toLowerCase(Locale.ROOT)) + "%";
            String org = "(e.debtor.kind = 'ORGANISATION' and lower(e.debtor.name) like :q escape '!')";
            // a run of digits is not looked for in the conduct text: there it would be a
            // partial-number lookup of any number a court wrote into the text (issue 9)
            boolean inConduct = reg == Register.DISHONEST
                    && !NUMBER_RUN
                            .matcher(Normalizer.normalize(f.q(), Normalizer.Form.NFKC))
                            .find();
            w.and(inConduct ? "(" + org + " or lower(e.conduct) like :q escape '!')" : org, "q", like);
        }
        if (f.minAmount() != null || f.maxAmount() != null) {
            if (reg.amountField == null) {
                throw ProblemException.invalidField(
                        f.minAmount() != null ? "minAmount" : "maxAmount",
                        org.gongkai.platform.Texts.txt().err_restrictions_no_amount());
            }
            if (f.minAmount() != null) {
                w.and("e." + reg.amountField + " >= :minAmount", "minAmount", f.minAmount());
            }
            if (f.maxAmount() != null) {
                w.and("e." + reg.amountField + " <= :maxAmount", "maxAmount", f.maxAmount());
            }
        }
        if (f.basis() != null) {
            w.and("(e.basisCaseNumber = :basis or e.basisDocumentNumber = :basis)", "basis", f.basis());
        }
        return w;
    }

    private static String sortKey(Register reg, SortOrder sort) {
        return switch (sort) {
            case NEWEST, OLDEST -> "e." + reg.dateField;
            case AMOUNT -> {
                if (reg.amountField == null) {
                    throw ProblemException.invalidField(
                            "sort",
                            org.gongkai.platform.Texts.txt()
                                    .err_restrictions_sort(ProblemException.codes("newest", "oldest", "name")));
                }
                yield "coalesce(e." + reg.amountField + ", -1)";
            }
            case NAME -> "e.debtor.name";
        };
    }

    private static Object sortValue(Object row, SortOrder sort) {
        return switch (row) {
            case DishonestListing l ->
                switch (sort) {
                    case NEWEST, OLDEST -> l.decisionDate;
                    case AMOUNT -> l.amount == null ? BigDecimal.ONE.negate() : l.amount;
                    case NAME -> l.debtor.name;
                };
            case ConsumptionRestriction r -> sort == SortOrder.NAME ? r.debtor.name : r.issueDate;
            case TerminatedCase t ->
                switch (sort) {
                    case NEWEST, OLDEST -> t.terminationDate;
                    case AMOUNT -> t.amountUnperformed == null ? BigDecimal.ONE.negate() : t.amountUnperformed;
                    case NAME -> t.debtor.name;
                };
            default -> throw new IllegalArgumentException(row.getClass().getName());
        };
    }

    private static long id(Object row) {
        return ((EnforcementRecord) row).id;
    }

    /** The cursor of a register's list ({@link Cursor}, list {@code enforcement:REGISTER:SORT}): sort value, id. */
    static String encodeCursor(Register reg, SortOrder sort, Object value, long id) {
        return Cursor.encode(list(reg, sort), value, id);
    }

    static Object[] decodeCursor(String cursor, Register reg, SortOrder sort) {
        List<String> v = Cursor.decode(cursor, list(reg, sort), 2);
        Object value = switch (sort) {
            case NEWEST, OLDEST -> Cursor.value(v.get(0), LocalDate::parse);
            case AMOUNT -> Cursor.value(v.get(0), BigDecimal::new);
            case NAME -> v.get(0);
        };
        return new Object[] {value, Cursor.value(v.get(1), Long::parseLong)};
    }

    private static String list(Register reg, SortOrder sort) {
        return "enforcement:" + reg.name() + ":" + sort.name();
    }

    static String likeEscape(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** A JPQL where clause and its named parameters. */
    static final class Jpql {
        final StringBuilder where = new StringBuilder("1 = 1");
        final Map<String, Object> params = new HashMap<>();

        Jpql and(String clause, String param, Object value) {
            where.append(" and ").append(clause);
            if (param != null) {
                params.put(param, value);
            }
            return this;
        }
    }
}
