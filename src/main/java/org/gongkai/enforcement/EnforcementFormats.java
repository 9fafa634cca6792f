package org.gongkai.enforcement;

import io.quarkus.qute.TemplateExtension;

/** Display helpers of the enforcement templates. */
@TemplateExtension
public final class EnforcementFormats {
    private EnforcementFormats() {}

    /** 0.256 → "25.6%". */
    static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
    }
}
