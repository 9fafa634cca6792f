package org.gongkai.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.courts.Court;
import org.gongkai.courts.CourtService;
import org.gongkai.judgments.text.ExtractedParty;
import org.gongkai.judgments.text.JudgmentTextParser;
import org.gongkai.judgments.text.ParsedJudgment;
import org.gongkai.platform.Caller;
import org.gongkai.platform.IngestMeter;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.Texts;

/**
 * Judgments already published elsewhere, given only as text: the structure and metadata are
 * extracted from the text itself, then the document goes through the same pipeline.
 */
@ApplicationScoped
public class TextImport {
    private static final Set<String> NOT_PARTIES = Set.of("公诉机关", "审判长", "审判员", "书记员", "人民陪审员", "法官助理");

    @Inject
    CourtService courts;

    @Inject
    JudgmentPublisher publisher;

    private final JudgmentTextParser parser = new JudgmentTextParser();

    public ParsedJudgment parse(String text) {
        return parser.parse(text);
    }

    /** Builds the submission a court would have sent, or a 400 saying what could not be extracted. */
    public JudgmentSubmission toSubmission(String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalidField("text", Texts.txt().pub_judgment_text_required());
        }
        return toSubmission(parseMetered(text), text);
    }

    private ParsedJudgment parseMetered(String text) {
        long cpu = IngestMeter.now();
        ParsedJudgment p = parser.parse(text);
        IngestMeter.add(IngestMeter.Stage.PARSE, cpu);
        return p;
    }

    /**
     * A text import read and checked before its transaction (bulk import): the submission, its
     * idempotency key and the parsed text (for the extraction report), so that the text is parsed
     * once and a text the pipeline would refuse is refused without opening a transaction.
     */
    public record Prepared(JudgmentSubmission submission, String externalId, ParsedJudgment parsed) {}

    /** Reads and checks a text as {@link #submit} does, in the same order and with the same answers. */
    public Prepared prepare(String id, String text) {
        String sourceId = validId(id);
        if (text == null || text.isBlank()) {
            throw ProblemException.invalidField("text", Texts.txt().pub_judgment_text_required());
        }
        ParsedJudgment parsed = parseMetered(text);
        JudgmentSubmission s = toSubmission(parsed, text);
        publisher.validate(s, true);
        return new Prepared(s, externalId(s.court(), sourceId), parsed);
    }

    /** Publishes a prepared text (inside the caller's transaction, as {@link #submit}). */
    public JudgmentPublisher.Receipt submit(Prepared p, Caller caller) {
        return publisher.submit(p.submission(), caller, "TEXT", p.externalId());
    }

    private JudgmentSubmission toSubmission(ParsedJudgment p, String text) {
        if (p.courtName() == null) {
            throw ProblemException.invalidField("text", Texts.txt().pub_text_no_court());
        }
        Court court = courts.resolve(p.courtName())
                .orElseThrow(
                        () -> ProblemException.invalidField("text", Texts.txt().pub_text_unknown_court(p.courtName())));
        if (p.caseNumberText() == null) {
            throw ProblemException.invalidField("text", Texts.txt().pub_text_no_case_number());
        }
        String kind = normaliseKind(p.documentKind());
        List<JudgmentSubmission.PartySubmission> parties = new ArrayList<>();
        for (ExtractedParty e : p.parties()) {
            if (e.lawFirm() != null || e.role() == null || NOT_PARTIES.contains(e.role())) {
                continue;
            }
            parties.add(new JudgmentSubmission.PartySubmission(
                    e.name(), e.role(), e.organisation() ? "ORGANISATION" : "PERSON", null, false));
        }
        String cause = p.cause() != null
                ? p.cause()
                : p.charges() != null && !p.charges().isEmpty() ? String.join("、", p.charges()) : null;
        return new JudgmentSubmission(
                p.caseNumberText(),
                court.code(),
                kind,
                p.decisionDate() == null ? null : p.decisionDate().toString(),
                null,
                cause,
                parties,
                text,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** Longest source id accepted: ids are keys, not documents. */
    static final int MAX_ID = 128;

    /**
     * Publishes a text whose id is the document's id at its source. The id is a court's own:
     * the same id from another court is another document (issue 9), so the idempotency key is
     * {@link #externalId(String, String) scoped by the court} named in the text (which the
     * caller's token must be allowed to act for).
     */
    public JudgmentPublisher.Receipt submit(String id, String text, Caller caller) {
        String sourceId = validId(id);
        JudgmentSubmission s = toSubmission(text);
        return publisher.submit(s, caller, "TEXT", externalId(s.court(), sourceId));
    }

    /** The stored idempotency key of a text import: {@code text:<court code>:<source id>}. */
    static String externalId(String courtCode, String sourceId) {
        return "text:" + courtCode + ":" + sourceId;
    }

    private static String validId(String id) {
        if (id == null || id.isBlank()) {
            throw ProblemException.invalidField(
                    "id", org.gongkai.platform.Texts.err().text_import_id_required());
        }
        String v = id.strip();
        if (v.length() > MAX_ID) {
            throw ProblemException.invalidField("id", "过长：最多 " + MAX_ID + " 个字符（at most " + MAX_ID + " characters）");
        }
        if (v.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            throw ProblemException.invalidField(
                    "id", org.gongkai.platform.Texts.err().text_import_id_invisible());
        }
        return v;
    }

    static String normaliseKind(String kind) {
        if (kind == null) {
            return "其他";
        }
        String k = kind.replace(" ", "");
        for (String known : List.of("判决书", "裁定书", "调解书", "决定书", "通知书", "支付令", "限制消费令", "人身安全保护令")) {
            if (k.endsWith(known)) {
                return known;
            }
        }
        return JudgmentPublisher.DOCUMENT_KINDS.contains(k) ? k : "其他";
    }
}
