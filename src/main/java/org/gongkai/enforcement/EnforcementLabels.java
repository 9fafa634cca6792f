package org.gongkai.enforcement;

import io.quarkus.qute.TemplateExtension;
import org.gongkai.platform.Texts;

/**
 * Texts of the enforcement codes in the page's language: {@code {enf:ground(d.ground)}}. The API
 * keeps the official Chinese wording of 法释〔2017〕7号 ({@link Ground#label()}).
 */
@TemplateExtension(namespace = "enf")
public final class EnforcementLabels {
    private EnforcementLabels() {}

    /** The ground of a listing by its number (1–6): message {@code ground_<n>}. */
    public static String ground(int number) {
        return Texts.label("ground", String.valueOf(number));
    }
}
