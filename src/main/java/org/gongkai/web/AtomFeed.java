package org.gongkai.process;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A minimal RFC 4287 Atom writer (the XML writer does the escaping). */
public final class AtomFeed {
    public static final String MEDIA_TYPE = "application/atom+xml";
    private static final String NS = "http://www.w3.org/2005/Atom";

    public record Entry(String id, String title, Instant updated, String summary, String link) {}

    private AtomFeed() {}

    public static String write(String id, String title, String selfLink, Instant updated, List<Entry> entries) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("feed");
            w.writeDefaultNamespace(NS);
            w.writeAttribute("xml:lang", "zh-CN");
            text(w, "id", id);
            text(w, "title", title);
            text(w, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
            w.writeStartElement("author");
            text(w, "name", "公开 Gongkai");
            w.writeEndElement();
            if (selfLink != null) {
                w.writeEmptyElement("link");
                w.writeAttribute("rel", "self");
                w.writeAttribute("href", selfLink);
            }
            for (Entry e : entries) {
                w.writeStartElement("entry");
                text(w, "id", e.id());
                text(w, "title", e.title());
                text(w, "updated", DateTimeFormatter.ISO_INSTANT.format(e.updated()));
                if (e.link() != null) {
                    w.writeEmptyElement("link");
                    w.writeAttribute("rel", "alternate");
                    w.writeAttribute("href", e.link());
                }
                if (e.summary() != null) {
                    w.writeStartElement("summary");
                    w.writeAttribute("type", "text");
                    w.writeCharacters(e.summary());
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

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(value == null ? "" : value);
        w.writeEndElement();
    }
}
