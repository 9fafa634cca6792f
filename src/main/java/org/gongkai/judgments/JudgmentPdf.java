package org.gongkai.judgments;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.gongkai.platform.GongkaiConfig;
import org.gongkai.platform.ProblemException;

/**
 * A public judgment as PDF (issue 15): the page's structure (title, court, case number, sections with their
 * numbered paragraphs and anchors) laid out by openhtmltopdf from an XHTML template, with a CJK font embedded as a
 * subset so that the file shows and copies the same text on any reader. Built from the public view only, so masked
 * names stay masked.
 *
 * <p>The font is WenQuanYi Micro Hei (Apache-2.0 or GPL-3.0 with the font exception, Debian fonts-wqy-microhei).
 * Debian ships it as a TrueType collection (.ttc), which openhtmltopdf's file loader does not take: PDFBox reads the
 * collection and the renderer gets the first face as a ready {@link PDType0Font}. A plain .ttf/.otf path works too.
 */
@ApplicationScoped
public class JudgmentPdf {
    public static final String MEDIA_TYPE = "application/pdf";
    static final String FAMILY = "gk-cjk";

    @CheckedTemplate(basePath = "judgments")
    static class Templates {
        static native TemplateInstance pdf(JudgmentView doc, String source);
    }

    @jakarta.inject.Inject
    GongkaiConfig config;

    /** The font file's bytes, read once: each document parses its own copy (FontBox fonts are not thread-safe). */
    private final AtomicReference<byte[]> fontBytes = new AtomicReference<>();

    /** The PDF of a public view; {@code source} is the page's absolute URL, printed at the end. */
    public byte[] render(JudgmentView doc, String source) {
        String xhtml = Templates.pdf(doc, source).render();
        try (PDDocument pdf = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            byte[] font = font();
            TrueTypeCollection collection = null;
            TrueTypeFont face;
            if (isCollection(font)) {
                collection = new TrueTypeCollection(new java.io.ByteArrayInputStream(font));
                AtomicReference<TrueTypeFont> first = new AtomicReference<>();
                collection.processAllFonts(f -> first.compareAndSet(null, f));
                face = first.get();
            } else {
                face = new org.apache.fontbox.ttf.TTFParser().parse(new RandomAccessReadBuffer(font));
            }
            try {
                PDType0Font cjk = PDType0Font.load(pdf, face, true);
                PdfRendererBuilder builder = new PdfRendererBuilder();
                builder.usePDDocument(pdf);
                builder.useFont(new PDFontSupplier(cjk), FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
                builder.useFont(new PDFontSupplier(cjk), FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
                builder.withHtmlContent(xhtml, null);
                builder.toStream(out);
                builder.run();
            } finally {
                if (collection != null) {
                    collection.close();
                } else {
                    face.close();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF of judgment " + doc.id(), e);
        }
    }

    private byte[] font() {
        byte[] bytes = fontBytes.get();
        if (bytes == null) {
            try {
                bytes = Files.readAllBytes(config.pdf().font());
            } catch (IOException e) {
                throw new ProblemException(
                        503,
                        "PDF unavailable",
                        "PDF 暂不可用：缺少中文字体 " + config.pdf().font() + "（gongkai.pdf.font；Debian: fonts-wqy-microhei）");
            }
            fontBytes.compareAndSet(null, bytes);
        }
        return bytes;
    }

    private static boolean isCollection(byte[] font) {
        return font.length > 4 && font[0] == 't' && font[1] == 't' && font[2] == 'c' && font[3] == 'f';
    }
}
