package org.gongkai.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongkai.platform.Texts;

/**
 * The glossary: the legal terms the portal uses, explained for a citizen with their legal
 * basis, in the page's language (messages {@code gl_<term>_name|text|basis}). Pages link a term
 * to {@code /glossary#<anchor>}.
 */
@Path("/glossary")
@Produces(MediaType.TEXT_HTML)
public class GlossaryPage {
    /** A term: its anchor, and the term itself in Chinese (shown in both languages). */
    public record Term(String anchor, String chinese) {
        public String name() {
            return Texts.label("gl_name", key());
        }

        public String text() {
            return Texts.label("gl_text", key());
        }

        public String basis() {
            return Texts.label("gl_basis", key());
        }

        public String key() {
            return anchor.replace('-', '_');
        }
    }

    /** In the order a case meets them: filing, trial, decision, enforcement. */
    public static final List<Term> TERMS = List.of(
            new Term("li-an", "立案"),
            new Term("shenxian", "审限"),
            new Term("songda", "送达"),
            new Term("zhengju-jiaohuan", "证据交换"),
            new Term("kaiting", "开庭"),
            new Term("shangsu", "上诉"),
            new Term("zaishen", "再审"),
            new Term("zhixing-yiju", "执行依据"),
            new Term("shixin-mingdan", "纳入/移除失信名单"),
            new Term("shixin-qingxing", "失信情形"),
            new Term("xianzhi-xiaofei", "限制消费"),
            new Term("zhongben", "终结本次执行"),
            new Term("yinming", "隐名处理"));

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance glossary(List<Term> terms);
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance glossary() {
        return Templates.glossary(TERMS);
    }
}
