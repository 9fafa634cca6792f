package org.gongkai.judgments;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.gongkai.platform.Links;

/**
 * A public judgment as an Akoma Ntoso 3.0 / OASIS LegalDocML document ({@code <judgment>}): FRBR
 * identification, header (title, court, case number, parties), judgmentBody (introduction: history;
 * background: claims and facts; motivation: reasoning and legal basis; decision: operative part and closing)
 * and conclusions (signatures: judges, clerk, date). Every paragraph has an eId, {@code <section>__p_<n>},
 * the same as its anchor on the page. Built from the public view only: masked names, nothing withheld.
 */
public final class LegalDocMl {
    public static final String MEDIA_TYPE = "application/akn+xml";
    static final String NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    /** Where each section of the text goes in the judgment's structure. */
    private static final Map<String, String> BLOCK = Map.of(
            "history",
            "introduction",
            "claims",
            "background",
            "facts",
            "background",
            "reasoning",
            "motivation",
            "legal-basis",
            "motivation",
            "operative",
            "decision",
            "closing",
            "decision");

    private static final List<String> BODY_ORDER = List.of("introduction", "background", "motivation", "decision");

    private LegalDocMl() {}

    /** The paragraph anchor of the page and eId of the document: {@code facts__p_3}. */
    public static String paragraphId(String section, int n) {
        return section + "__p_" + n;
    }

    public static String write(JudgmentView v) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("akomaNtoso");
            w.writeDefaultNamespace(NS);
            w.writeStartElement("judgment");
            w.writeAttribute("name", v.documentKind() == null ? "judgment" : v.documentKind());
            meta(w, v);
            header(w, v);
            body(w, v);
            conclusions(w, v);
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void meta(XMLStreamWriter w, JudgmentView v) throws XMLStreamException {
        LocalDate date = v.decisionDate();
        String work = "/akn/cn/judgment/" + Links.segment(v.courtCode()) + "/" + (date == null ? "unknown" : date) + "/"
                + v.id();
        w.writeStartElement("meta");
        w.writeStartElement("identification");
        w.writeAttribute("source", "#gongkai");
        frbr(w, "FRBRWork", work, work + "/!main", date, "decision", true);
        frbr(w, "FRBRExpression", work + "/zho", work + "/zho/!main", date, "decision", false);
        w.writeEmptyElement("FRBRlanguage");
        w.writeAttribute("language", "zho");
        w.writeEndElement();
        frbr(w, "FRBRManifestation", work + "/zho.xml", work + "/zho/main.xml", null, null, false);
        w.writeEndElement(); // identification
        w.writeStartElement("references");
        w.writeAttribute("source", "#gongkai");
        org(w, "gongkai", "/ontology/organization/gongkai", "公开 Gongkai");
        org(w, "court", "/ontology/organization/cn/court/" + Links.segment(v.courtCode()), v.court());
        int i = 0;
        for (JudgmentView.PartyView p : v.parties()) {
            i++;
            w.writeEmptyElement(
                    "ORGANIZATION".equals(p.kind()) || "ORGANISATION".equals(p.kind())
                            ? "TLCOrganization"
                            : "TLCPerson");
            w.writeAttribute("eId", "party_" + i);
            w.writeAttribute("href", "/ontology/party/" + v.id() + "/" + i);
            w.writeAttribute("showAs", p.name());
        }
        i = 0;
        for (String j : v.judges()) {
            i++;
            w.writeEmptyElement("TLCPerson");
            w.writeAttribute("eId", "judge_" + i);
            w.writeAttribute("href", "/ontology/person/judge/" + v.id() + "/" + i);
            w.writeAttribute("showAs", j);
        }
        w.writeEndElement(); // references
        w.writeEndElement(); // meta
    }

    private static void frbr(
            XMLStreamWriter w, String element, String uri, String self, LocalDate date, String dateName, boolean work)
            throws XMLStreamException {
        w.writeStartElement(element);
        w.writeEmptyElement("FRBRthis");
        w.writeAttribute("value", self);
        w.writeEmptyElement("FRBRuri");
        w.writeAttribute("value", uri);
        w.writeEmptyElement("FRBRdate");
        w.writeAttribute("date", String.valueOf(date == null ? LocalDate.EPOCH : date));
        w.writeAttribute("name", dateName == null ? "generation" : dateName);
        w.writeEmptyElement("FRBRauthor");
        w.writeAttribute("href", work ? "#court" : "#gongkai");
        if (work) {
            w.writeEmptyElement("FRBRcountry");
            w.writeAttribute("value", "cn");
        }
        if (!element.equals("FRBRExpression")) {
            w.writeEndElement();
        }
    }

    private static void org(XMLStreamWriter w, String eId, String href, String showAs) throws XMLStreamException {
        w.writeEmptyElement("TLCOrganization");
        w.writeAttribute("eId", eId);
        w.writeAttribute("href", href);
        w.writeAttribute("showAs", showAs == null ? "" : showAs);
    }

    private static void header(XMLStreamWriter w, JudgmentView v) throws XMLStreamException {
        w.writeStartElement("header");
        w.writeStartElement("p");
        w.writeAttribute("eId", "header__p_1");
        inline(w, "docTitle", v.title());
        w.writeEndElement();
        w.writeStartElement("p");
        w.writeAttribute("eId", "header__p_2");
        w.writeStartElement("courtType");
        w.writeAttribute("refersTo", "#court");
        w.writeCharacters(v.court());
        w.writeEndElement();
        w.writeCharacters(" ");
        inline(w, "docNumber", v.caseNumber());
        if (v.decisionDate() != null) {
            w.writeCharacters(" ");
            w.writeStartElement("docDate");
            w.writeAttribute("date", v.decisionDate().toString());
            w.writeCharacters(v.decisionDate().toString());
            w.writeEndElement();
        }
        w.writeEndElement();
        int i = 0;
        for (JudgmentView.PartyView p : v.parties()) {
            i++;
            w.writeStartElement("p");
            w.writeAttribute("eId", "header__party_" + i);
            w.writeStartElement("party");
            w.writeAttribute("refersTo", "#party_" + i);
            w.writeAttribute("as", "#" + p.role());
            w.writeCharacters(p.name());
            w.writeEndElement();
            w.writeCharacters("（" + p.role() + "）");
            w.writeEndElement();
        }
        section(w, v, "parties");
        w.writeEndElement();
    }

    private static void body(XMLStreamWriter w, JudgmentView v) throws XMLStreamException {
        w.writeStartElement("judgmentBody");
        if (v.isStub()) {
            w.writeStartElement("introduction");
            w.writeStartElement("p");
            w.writeAttribute("eId", paragraphId("stub", 1));
            w.writeCharacters("本文书不在互联网公布全文。理由：" + (v.stubReason() == null ? "" : v.stubReason()));
            w.writeEndElement();
            w.writeEndElement();
        }
        for (String block : BODY_ORDER) {
            List<JudgmentView.SectionView> in = v.sections().stream()
                    .filter(s -> block.equals(BLOCK.get(s.anchor())))
                    .toList();
            if (in.isEmpty()) {
                continue;
            }
            w.writeStartElement(block);
            for (JudgmentView.SectionView s : in) {
                section(w, v, s.anchor());
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void conclusions(XMLStreamWriter w, JudgmentView v) throws XMLStreamException {
        w.writeStartElement("conclusions");
        int i = 0;
        for (String j : v.judges()) {
            i++;
            w.writeStartElement("p");
            w.writeAttribute("eId", "conclusions__judge_" + i);
            w.writeStartElement("signature");
            w.writeStartElement("person");
            w.writeAttribute("refersTo", "#judge_" + i);
            w.writeAttribute("as", "#judge");
            w.writeCharacters(j);
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        }
        if (v.clerk() != null) {
            w.writeStartElement("p");
            w.writeAttribute("eId", "conclusions__clerk");
            w.writeStartElement("signature");
            w.writeStartElement("role");
            w.writeAttribute("refersTo", "#clerk");
            w.writeCharacters("书记员");
            w.writeEndElement();
            w.writeCharacters(" " + v.clerk());
            w.writeEndElement();
            w.writeEndElement();
        }
        section(w, v, "signatures");
        w.writeEndElement();
    }

    /** The paragraphs of one section of the text, each with its eId. */
    private static void section(XMLStreamWriter w, JudgmentView v, String anchor) throws XMLStreamException {
        for (JudgmentView.SectionView s : v.sections()) {
            if (!s.anchor().equals(anchor)) {
                continue;
            }
            int n = 0;
            for (String para : paragraphs(s.text())) {
                n++;
                w.writeStartElement("p");
                w.writeAttribute("eId", paragraphId(anchor, n));
                w.writeAttribute("class", anchor);
                w.writeCharacters(para);
                w.writeEndElement();
            }
        }
    }

    /** Non-empty lines, as the page shows them (one paragraph each). */
    static List<String> paragraphs(String text) {
        return text == null
                ? List.of()
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static void inline(XMLStreamWriter w, String element, String text) throws XMLStreamException {
        w.writeStartElement(element);
        w.writeCharacters(text == null ? "" : text);
        w.writeEndElement();
    }
}
