package org.gongkai.judgments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.changes.ChangeFeed;
import org.gongkai.courts.CaseNumber;
import org.gongkai.courts.CaseNumberParser;
import org.gongkai.courts.Court;
import org.gongkai.courts.CourtService;
import org.gongkai.judgments.text.JudgmentTextParser;
import org.gongkai.platform.GoneException;
import org.gongkai.platform.Links;
import org.gongkai.platform.ProblemException;
import org.gongkai.search.query.QuerySyntaxException;
import org.gongkai.search.query.SearchHit;
import org.gongkai.search.query.SearchRequest;
import org.gongkai.search.query.SearchResult;
import org.gongkai.search.query.Sort;

/**
 * Read side of the judgments channel: public views, search, documents of the same case and
 * similar judgments. Entities stay inside; callers get {@link JudgmentView} records.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JudgmentService {
    private static final Pattern CASE_NUMBER_IN_TEXT =
            Pattern.compile("[（(〔\\[【]\\s*[12]\\d{3}\\s*[）)〕\\]】][^，。；、：\\s（(]{1,16}?号");

    @Inject
    CourtService courts;

    @Inject
    SearchIndexService index;

    @Inject
    Instance<EnforcementLookup> enforcement;

    @Inject
    ChangeFeed changes;

    /** Implemented by the enforcement channel: what became of a judgment in enforcement. */
    public interface EnforcementLookup {
        Optional<JudgmentView.EnforcementSummary> forBasis(String caseNumber);
    }

    public record SearchOutcome(SearchResult result, String redirectUrl, CaseNumber caseNumber) {}

    public JudgmentView view(long id) {
        Judgment j = Judgment.findById(id);
        if (j == null || j.status == Judgment.Status.WITHHELD || j.status == Judgment.Status.DRAFT) {
            throw ProblemException.notFound(org.gongkai.platform.Texts.txt().err_no_judgment(String.valueOf(id)));
        }
        if (j.status == Judgment.Status.WITHDRAWN) {
            // the old URL answers 410 with the takedown register's entry (issue 15)
            String detail = j.caseNumber + " " + j.documentKind + "已撤回"
                    + (j.withdrawReason == null ? "" : "，撤回理由：" + j.withdrawReason);
            var entry = changes.removal(JudgmentRecords.CHANNEL, j.id);
            throw new GoneException(
                    detail
                            + entry.map(t -> "。撤回登记："
                                            + t.at().atZone(ZoneId.of("Asia/Shanghai"))
                                                    .toLocalDate() + "，" + t.court() + "，理由类别：" + t.reason())
                                    .orElse(""),
                    entry.orElse(null));
        }
        return viewOf(j, true);
    }

    /**
     * The public document alone, as the change feed hashes it and re-users fetch it ({@code /judgments/{id}.json}):
     * without what changes with other records (documents of the same case, enforcement), the time of publication
     * to the second. Empty when the document is not public (unknown, withheld, withdrawn).
     */
    public Optional<JudgmentView> canonical(long id) {
        Judgment j = Judgment.findById(id);
        if (j == null || !(j.status.isPublic() || j.status == Judgment.Status.STUB)) {
            return Optional.empty();
        }
        return Optional.of(viewOf(j, false));
    }

    private JudgmentView viewOf(Judgment j, boolean withRelations) {
        Court court = courts.byCode(j.courtCode).orElse(null);
        String courtName = court == null ? j.courtCode : court.name();
        Instant publishedAt =
                withRelations || j.publishedAt == null ? j.publishedAt : j.publishedAt.truncatedTo(ChronoUnit.SECONDS);
        if (j.status == Judgment.Status.STUB) {
            return JudgmentView.builder(j.id)
                    .status("STUB")
                    .caseNumber(j.caseNumber)
                    .title(j.caseNumber + " " + j.documentKind)
                    .court(courtName)
                    .courtCode(j.courtCode)
                    .courtLevel(court == null ? null : court.level().label())
                    .province(court == null ? null : court.province())
                    .documentKind(j.documentKind)
                    .decisionDate(j.decisionDate)
                    .publishedAt(publishedAt)
                    .stubReason(j.stubReason)
                    .url(Links.judgment(j.id))
                    .build();
        }
        JudgmentStructure s = JudgmentDocuments.structure(j);
        List<JudgmentView.PartyView> parties = JudgmentDocuments.publicParties(j).stream()
                .map(p -> new JudgmentView.PartyView(p.name(), p.role(), p.kind()))
                .toList();
        List<JudgmentView.SectionView> sections = new ArrayList<>();
        for (JudgmentStructure.SectionRef r : s.sections()) {
            String text = JudgmentDocuments.sectionText(j.publicText, r);
            if ("title".equals(r.anchor())) {
                // case title, court, document heading and case number on lines of their own (issue 13)
                text = String.join("\n", JudgmentTextParser.headingLines(text));
            }
            sections.add(new JudgmentView.SectionView(r.anchor(), r.label(), text));
        }
        List<JudgmentView.LawView> laws = s.laws().stream()
                .map(l -> new JudgmentView.LawView(l.law(), l.article(), l.label(), Links.searchLaw(l.lawAndArticle())))
                .toList();
        JudgmentView.EnforcementSummary enf = withRelations && enforcement.isResolvable()
                ? enforcement.get().forBasis(j.caseNumber).orElse(null)
                : null;
        return JudgmentView.builder(j.id)
                .status(j.status.apiStatus())
                .caseNumber(j.caseNumber)
                .title(j.title)
                .court(courtName)
                .courtCode(j.courtCode)
                .courtLevel(court == null ? null : court.level().label())
                .province(court == null ? null : court.province())
                .category(j.category)
                .procedure(j.procedure)
                .documentKind(j.documentKind)
                .cause(j.cause)
                .decisionDate(j.decisionDate)
                .effectiveDate(j.effectiveDate)
                .publishedAt(publishedAt)
                .parties(parties)
                .sections(sections)
                .judges(s.judges())
                .clerk(s.clerk())
                .laws(laws)
                .correctionNote(j.correctionNote)
                .text(j.publicText)
                .sameCase(withRelations ? sameCase(j) : List.of())
                .enforcement(enf)
                .url(Links.judgment(j.id))
                .textUrl(Links.judgmentText(j.id))
                .build();
    }

    /** Plain-text download of the public document. */
    public String plainText(long id) {
        JudgmentView v = view(id);
        if (v.isStub()) {
            return v.caseNumber() + "\n" + v.court() + "\n" + (v.decisionDate() == null ? "" : v.decisionDate() + "\n")
                    + "不公开理由：" + v.stubReason() + "\n";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(v.title()).append("\n");
        sb.append(v.court()).append("  ").append(v.caseNumber()).append("\n");
        if (v.correctionNote() != null) {
            sb.append(v.correctionNote()).append("\n");
        }
        sb.append("来源：公开 Gongkai ").append(v.url()).append("\n\n");
        sb.append(v.text()).append("\n");
        return sb.toString();
    }

    /**
     * Every other published document of the same case: same case number, case numbers this
     * document cites (the first instance of an appeal) and documents that cite this one.
     */
    List<JudgmentView.RelatedView> sameCase(Judgment j) {
        Map<Long, JudgmentView.RelatedView> out = new LinkedHashMap<>();
        for (Judgment other : Judgment.listByCaseNumber(j.caseNumber)) {
            if (!other.id.equals(j.id) && (other.status.isPublic() || other.status == Judgment.Status.STUB)) {
                out.put(other.id, related(other, "同一案号"));
            }
        }
        Set<String> cited = new LinkedHashSet<>();
        if (j.publicText != null) {
            Matcher m = CASE_NUMBER_IN_TEXT.matcher(j.publicText);
            while (m.find()) {
                CaseNumberParser.tryParse(m.group())
                        .map(CaseNumber::canonical)
                        .filter(c -> !c.equals(j.caseNumber))
                        .ifPresent(cited::add);
            }
        }
        for (String c : cited) {
            for (Judgment other : Judgment.listByCaseNumber(c)) {
                if (other.status.isPublic() || other.status == Judgment.Status.STUB) {
                    out.putIfAbsent(other.id, related(other, relation(other, j)));
                }
            }
        }
        if (index.isReady()) {
            try {
                // the brackets do not survive analysis; the rest of the number is matched as a phrase and
                // every candidate is checked for the full canonical number below
                String rest =
                        j.caseNumber.substring(j.caseNumber.indexOf('）') + 1).replaceFirst("号$", "");
                SearchResult citing = index.index()
                        .search(new SearchRequest("\"" + rest + "\"", Map.of(), null, null, null, null, 20));
                for (SearchHit h : citing.hits()) {
                    if (h.id() != j.id && !out.containsKey(h.id())) {
                        Judgment other = Judgment.findById(h.id());
                        if (other != null
                                && other.status.isPublic()
                                && other.publicText != null
                                && other.publicText.contains(j.caseNumber)) {
                            out.put(other.id, related(other, relation(other, j)));
                        }
                    }
                }
            } catch (RuntimeException e) {
                // related documents are a convenience; never fail the page for them
            }
        }
        return List.copyOf(out.values());
    }

    private static String relation(Judgment other, Judgment self) {
        String p = other.procedure == null ? "" : other.procedure;
        if (p.contains("二审")) return "二审";
        if (p.contains("再审")) return p;
        if (p.contains("执行") || "执行".equals(other.category)) return "执行";
        if (p.contains("一审")) return "一审";
        return "关联案件";
    }

    private static JudgmentView.RelatedView related(Judgment o, String relation) {
        return new JudgmentView.RelatedView(
                o.id, o.caseNumber, o.title, o.documentKind, o.decisionDate, Links.judgment(o.id), relation);
    }

    /** How many judgments are searchable and the newest of them, for the front page. */
    public record Latest(long documents, List<SearchHit> hits) {}

    /** The {@code n} newest public judgments by decision date; none while the index is not ready. */
    public Latest latest(int n) {
        if (!index.isReady()) {
            return new Latest(0, List.of());
        }
        SearchResult r = index.index().search(new SearchRequest(null, Map.of(), null, null, Sort.DATE_DESC, null, n));
        return new Latest(index.index().count(), r.hits()); // exact; a browse total stops counting at 10,000
    }

    public List<SearchHit> similar(long id, int n) {
        Judgment j = Judgment.findById(id);
        if (j == null || !j.status.isPublic() || !index.isReady()) {
            return List.of();
        }
        return index.index().similar(id, n);
    }

    /** The largest judgment id so far: the snapshot that keeps numbered search pages stable. */
    public long latestId() {
        Long max = Judgment.getEntityManager()
                .createQuery("select max(j.id) from Judgment j", Long.class)
                .getSingleResult();
        return max == null ? 0 : max;
    }

    /**
     * Runs a search. An input that is a full case number goes straight to that case (the
     * redirect URL when exactly one public document has it); a partial one filters by its parts.
     */
    public SearchOutcome search(SearchRequest request) {
        return search(index.index(), request);
    }

    /** {@link #search(SearchRequest)} in {@code backend} (the pinned search's temporary index of withdrawn documents). */
    SearchOutcome search(org.gongkai.search.SearchBackend backend, SearchRequest request) {
        String q = request.q() == null ? "" : request.q().strip();
        CaseNumber exact = null;
        SearchRequest effective = request;
        if (!q.isEmpty() && !q.contains(":")) {
            Optional<CaseNumber> cn = CaseNumberParser.tryParse(q);
            if (cn.isPresent()) {
                exact = cn.get();
                Map<String, List<String>> filters = new LinkedHashMap<>(request.filters());
                filters.put("casenumber", List.of(exact.canonical()));
                effective = new SearchRequest(
                        null,
                        filters,
                        request.from(),
                        request.to(),
                        request.sort(),
                        request.cursor(),
                        request.size(),
                        request.offset(),
                        request.upto());
            } else {
                var partial = CaseNumberParser.tryParsePartial(q);
                if (partial != null
                        && !partial.isEmpty()
                        && (partial.courtCode() != null || partial.typeCode() != null)) {
                    Map<String, List<String>> filters = new LinkedHashMap<>(request.filters());
                    if (partial.year() != null) filters.put("caseYear", List.of(String.valueOf(partial.year())));
                    if (partial.courtCode() != null) filters.put("courtCode", List.of(partial.courtCode()));
                    if (partial.typeCode() != null) filters.put("typeCode", List.of(partial.typeCode()));
                    effective = new SearchRequest(
                            null,
                            filters,
                            request.from(),
                            request.to(),
                            request.sort(),
                            request.cursor(),
                            request.size(),
                            request.offset(),
                            request.upto());
                }
            }
        }
        SearchResult result;
        try {
            result = backend.search(effective);
        } catch (QuerySyntaxException e) {
            throw new ProblemException(
                    400,
                    org.gongkai.platform.ErrorTexts.QUERY_TITLE,
                    org.gongkai.search.query.QueryProblems.detail(e),
                    "q");
        }
        String redirect = exact != null && result.total() == 1 && request.cursor() == null && request.offset() == 0
                ? Links.judgment(result.hits().get(0).id())
                : null;
        if (exact != null && result.total() == 0) {
            // a document published only as a stub (rule 1.2) is not in the index, but its case number is public
            String canonical = exact.canonical();
            redirect = Judgment.listByCaseNumber(canonical).stream()
                    .filter(j -> j.status == Judgment.Status.STUB)
                    .findFirst()
                    .map(j -> Links.judgment(j.id))
                    .orElse(null);
        }
        return new SearchOutcome(result, redirect, exact);
    }

    /**
     * The documents among {@code ids} that {@code request} finds, through the same {@link #search} as the
     * API and the page (so a saved search means what its URL means): how an alert tells which newly
     * published documents are its matches. Public index data only: masked names stay masked.
     */
    public List<SearchHit> matchesAmong(SearchRequest request, java.util.Collection<Long> ids) {
        return among(request, ids, SearchRequest.MAX_SIZE, Integer.MAX_VALUE).hits();
    }

    /** How many of some documents a search finds, and the first of them (newest decision first). */
    public record Among(long total, List<SearchHit> hits) {}

    /**
     * The documents among {@code ids} that {@code request} finds, {@code chunk} ids per search (a filter clause
     * each, so at most {@link #AMONG_CHUNK}): their number and up to {@code want} of them.
     */
    Among among(SearchRequest request, java.util.Collection<Long> ids, int chunk, int want) {
        List<SearchHit> out = new ArrayList<>();
        long total = 0;
        List<String> all = ids.stream().distinct().map(String::valueOf).toList();
        for (int i = 0; i < all.size(); i += chunk) {
            Map<String, List<String>> filters = new LinkedHashMap<>(request.filters());
            filters.put(org.gongkai.search.index.JudgmentFields.ID, all.subList(i, Math.min(all.size(), i + chunk)));
            SearchResult r = search(new SearchRequest(
                            request.q(),
                            filters,
                            request.from(),
                            request.to(),
                            Sort.DATE_DESC,
                            null,
                            Math.min(SearchRequest.MAX_SIZE, Math.max(1, want - out.size())),
                            true))
                    .result();
            total += r.total();
            r.hits().stream().limit(Math.max(0, want - out.size())).forEach(out::add);
        }
        return new Among(total, out);
    }

    /** Ids per search of {@link #among}: one filter clause each, well below Lucene's 1,024 clauses per query. */
    static final int AMONG_CHUNK = 500;

    /**
     * Of {@code ids}, the public documents the search does not answer for yet: their outbox row is still
     * pending, or the searcher has not been refreshed since it was applied. A reader of the change feed
     * that searches for the documents of new changes waits for these (a withdrawn one is not waited for).
     */
    public Set<Long> awaitingIndex(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<Long> out = new java.util.HashSet<>(index.awaitingChanges(ids));
        Set<Long> indexed = new java.util.HashSet<>();
        matchesAmong(SearchRequest.of(null), ids).forEach(h -> indexed.add(h.id()));
        Judgment.getEntityManager()
                .createQuery("select j.id from Judgment j where j.id in :ids and j.status in :s", Long.class)
                .setParameter("ids", ids)
                .setParameter("s", List.of(Judgment.Status.PUBLISHED, Judgment.Status.REPUBLISHED))
                .getResultList()
                .stream()
                .filter(id -> !indexed.contains(id))
                .forEach(out::add);
        return out;
    }
}
