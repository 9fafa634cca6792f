package org.gongkai.enforcement;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.gongkai.enforcement.EnforcementQueries.Register;
import org.gongkai.enforcement.EnforcementStats.StatsView;
import org.gongkai.enforcement.EnforcementViews.DishonestView;
import org.gongkai.enforcement.EnforcementViews.RestrictionView;
import org.gongkai.enforcement.EnforcementViews.ResultPage;
import org.gongkai.enforcement.EnforcementViews.TerminationView;

/**
 * Streamed exports of the public registers (CSV with BOM, JSON Lines). The whole table is
 * paged through by keyset, each page in its own short read transaction, so memory does not
 * grow with the table. Only the public views are written: ID numbers masked.
 */
@ApplicationScoped
public class EnforcementExports {
    static final int PAGE = 500;

    static final List<String> DISHONEST_HEADER = List.of(
            "id",
            "caseNumber",
            "court",
            "courtCode",
            "province",
            "debtorName",
            "debtorKind",
            "idNumber",
            "creditCode",
            "sex",
            "age",
            "legalRepresentative",
            "ground",
            "groundLabel",
            "decisionDate",
            "termMonths",
            "termEnd",
            "basisDocumentNumber",
            "basisIssuer",
            "obligation",
            "performance",
            "conduct",
            "amount",
            "filingDate",
            "publishedDate",
            "state",
            "url");
    static final List<String> RESTRICTION_HEADER = List.of(
            "id",
            "caseNumber",
            "court",
            "courtCode",
            "province",
            "debtorName",
            "debtorKind",
            "idNumber",
            "creditCode",
            "restrictedPerson",
            "filingDate",
            "issueDate",
            "publishedDate",
            "restrictedActs",
            "basisDocumentNumber",
            "state");
    static final List<String> TERMINATION_HEADER = List.of(
            "id",
            "caseNumber",
            "court",
            "courtCode",
            "province",
            "debtorName",
            "debtorKind",
            "idNumber",
            "creditCode",
            "filingDate",
            "terminationDate",
            "amountUnperformed",
            "basisDocumentNumber",
            "publishedDate");
    static final List<String> STATS_HEADER =
            List.of("key", "label", "listings", "removals", "terminations", "amountUnperformed");

    @Inject
    EnforcementSearch search;

    @Inject
    ObjectMapper mapper;

    public StreamingOutput csv(Register register, EnforcementFilter filter) {
        // in the request's language, taken before the stream starts (it is written after the request's context ends)
        org.gongkai.platform.Language lang = org.gongkai.platform.Languages.current();
        List<String> header = localized(header(register));
        return out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write(Csv.BOM);
            w.write(Csv.row(header));
            each(register, filter, row -> {
                w.write(Csv.row(cells(row, lang)));
            });
            w.flush();
        };
    }

    public StreamingOutput jsonl(Register register, EnforcementFilter filter) {
        return out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            each(register, filter, row -> {
                w.write(mapper.writeValueAsString(row));
                w.write('\n');
            });
            w.flush();
        };
    }

    public String statsCsv(StatsView stats) {
        StringBuilder sb = new StringBuilder(Csv.BOM);
        sb.append(Csv.row(localized(STATS_HEADER)));
        for (var r : stats.rows()) {
            sb.append(Csv.row(
                    List.of(r.key(), r.label(), r.listings(), r.removals(), r.terminations(), r.amountUnperformed())));
        }
        return sb.toString();
    }

    interface RowWriter {
        void write(Object row) throws java.io.IOException;
    }

    private void each(Register register, EnforcementFilter filter, RowWriter writer) throws java.io.IOException {
        String cursor = null;
        do {
            EnforcementFilter page = filter.withCursor(cursor, PAGE);
            Function<EnforcementFilter, ResultPage<?>> fetch = switch (register) {
                case DISHONEST -> f -> search.dishonest(f, false);
                case RESTRICTION -> f -> search.restrictions(f, false);
                case TERMINATION -> f -> search.terminations(f, false);
            };
            ResultPage<?> result = QuarkusTransaction.requiringNew().call(() -> fetch.apply(page));
            for (Object row : result.hits()) {
                writer.write(row);
            }
            cursor = result.next();
        } while (cursor != null);
    }

    /** Column headings for people (the CSV opens in a spreadsheet): message {@code csv_<field>}; the JSON Lines keep the field names. */
    static List<String> localized(List<String> fields) {
        return fields.stream()
                .map(f -> org.gongkai.platform.Texts.label("csv", f))
                .toList();
    }

    static List<String> header(Register register) {
        return switch (register) {
            case DISHONEST -> DISHONEST_HEADER;
            case RESTRICTION -> RESTRICTION_HEADER;
            case TERMINATION -> TERMINATION_HEADER;
        };
    }

    /** A coded value (PERSON, LISTED, IN_FORCE …) as text in the request's language. */
    static List<Object> cells(Object row, org.gongkai.platform.Language lang) {
        java.util.function.BinaryOperator<String> label =
                (prefix, code) -> code == null ? null : org.gongkai.platform.Texts.label(lang, prefix, code);
        return switch (row) {
            case DishonestView d ->
                java.util.Arrays.asList(
                        d.id(),
                        d.caseNumber(),
                        d.court(),
                        d.courtCode(),
                        d.province(),
                        d.debtorName(),
                        label.apply("debtorKind", d.debtorKind()),
                        d.idNumber(),
                        d.creditCode(),
                        d.sex(),
                        d.age(),
                        d.legalRepresentative(),
                        d.ground(),
                        org.gongkai.platform.Texts.label(lang, "ground", String.valueOf(d.ground())),
                        d.decisionDate(),
                        d.termMonths(),
                        d.termEnd(),
                        d.basisDocumentNumber(),
                        d.basisIssuer(),
                        d.obligation(),
                        d.performance(),
                        d.conduct(),
                        d.amount(),
                        d.filingDate(),
                        d.publishedDate(),
                        label.apply("listingState", d.state()),
                        d.url());
            case RestrictionView r ->
                java.util.Arrays.asList(
                        r.id(),
                        r.caseNumber(),
                        r.court(),
                        r.courtCode(),
                        r.province(),
                        r.debtorName(),
                        label.apply("debtorKind", r.debtorKind()),
                        r.idNumber(),
                        r.creditCode(),
                        r.restrictedPerson(),
                        r.filingDate(),
                        r.issueDate(),
                        r.publishedDate(),
                        String.join("；", r.restrictedActs()),
                        r.basisDocumentNumber(),
                        label.apply("restrictionState", r.state()));
            case TerminationView t ->
                java.util.Arrays.asList(
                        t.id(),
                        t.caseNumber(),
                        t.court(),
                        t.courtCode(),
                        t.province(),
                        t.debtorName(),
                        label.apply("debtorKind", t.debtorKind()),
                        t.idNumber(),
                        t.creditCode(),
                        t.filingDate(),
                        t.terminationDate(),
                        t.amountUnperformed(),
                        t.basisDocumentNumber(),
                        t.publishedDate());
            default -> throw new IllegalArgumentException(row.getClass().getName());
        };
    }
}
