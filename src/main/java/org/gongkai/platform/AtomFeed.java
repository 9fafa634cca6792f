package org.gongkai.platform;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The one Atom writer (RFC 4287) of every channel: hearings, process timelines, enforcement listings and
 * judgment searches. The XML writer does the escaping. Paging links follow RFC 5005 ({@code next}); an
 * entry can carry the content hash of its public record ({@code gk:hash}, SHA-256 hex, the same as the
 * change feed's), so that a subscriber notices a correction of an entry it has already seen.
 */
public final class AtomFeed {
    public static final String MEDIA_TYPE = "application/atom+xml";
    private static final String NS = "http://www.w3.org/2005/Atom";
    /** Namespace of the Gongkai extension elements. */
    public static final String GK_NS = "urn:gongkai:atom";

    public record Link(String rel, String href, String type) {}

    public record Entry(
            String id, String title, Instant updated, String summary, String link, String hash, List<Link> links) {
        public Entry(String id, String title, Instant updated, String summary, String link) {
            this(id, title, updated, summary, link, null, List.of());
        }
    }

    /** A whole feed; {@code links}: self, alternate (the HTML page), next (RFC 5005 paging), … */
    public record Feed(
            String id, String title, Instant updated, String author, List<Link> links, List<Entry> entries) {}

    private AtomFeed() {}

    public static String write(String id, String title, String selfLink, Instant updated, List<Entry> entries) {
        List<Link> links = new ArrayList<>();
        if (selfLink != null) {
            links.add(new Link("self", selfLink, null));
        }
        return write(new Feed(id, title, updated, null, links, entries));
    }

    public static String write(Feed f) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("feed");
            w.writeDefaultNamespace(NS);
            boolean hashes = f.entries().stream().anyMatch(e -> e.hash() != null);
            if (hashes) {
                w.writeNamespace("gk", GK_NS);
            }
            w.writeAttribute("xml:lang", "zh-CN");
            text(w, "id", f.id());
            text(w, "title", f.title());
            text(w, "updated", DateTimeFormatter.ISO_INSTANT.format(f.updated()));
            w.writeStartElement("author");
            text(w, "name", f.author() == null ? "公开 Gongkai" : f.author());
            w.writeEndElement();
            for (Link l : f.links()) {
                link(w, l);
            }
            for (Entry e : f.entries()) {
                w.writeStartElement("entry");
                text(w, "id", e.id());
                text(w, "title", e.title());
                text(w, "updated", DateTimeFormatter.ISO_INSTANT.format(e.updated()));
                if (e.link() != null) {
                    link(w, new Link("alternate", e.link(), null));
                }
                for (Link l : e.links()) {
                    link(w, l);
                }
                if (e.summary() != null) {
                    w.writeStartElement("summary");
                    w.writeAttribute("type", "text");
                    w.writeCharacters(e.summary());
                    w.writeEndElement();
                }
                if (e.hash() != null) {
                    w.writeStartElement(GK_NS, "hash");
                    w.writeAttribute("algorithm", "sha-256");
                    w.writeCharacters(e.hash());
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void link(XMLStreamWriter w, Link l) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", l.rel());
        if (l.type() != null) {
            w.writeAttribute("type", l.type());
        }
        w.writeAttribute("href", l.href());
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(value == null ? "" : value);
        w.writeEndElement();
    }
}
