package org.gongkai.search.index;

import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import java.util.LinkedHashSet;
import java.util.Set;
import org.gongkai.courts.Cause;
import org.gongkai.courts.Causes;
import org.gongkai.courts.Charges;
import org.gongkai.courts.Statutes;

/**
 * Legal words a general-purpose segmenter cuts apart: the criminal charges (with and without 罪),
 * the civil causes of action of every version (with and without 纠纷) and the statute names the
 * citation parser knows, all from the reference data. Used as HanLP's user dictionary.
 */
final class LegalDictionary {
    private LegalDictionary() {}

    /** Every word of the dictionary, without duplicates. */
    static Set<String> words() {
        Set<String> words = new LinkedHashSet<>();
        for (String charge : Charges.standard().all()) {
            // 走私、贩卖、运输、制造毒品罪 as one word would hide 贩卖 and 毒品 from a search for them
            if (!charge.contains("、")) {
                words.add(charge);
                if (charge.length() > 3) {
                    words.add(charge.substring(0, charge.length() - 1));
                }
            }
        }
        Causes causes = Causes.standard();
        for (String version : causes.versions()) {
            for (Cause c : causes.all(version)) {
                String name = c.name();
                if (!name.contains("、")) {
                    words.add(name);
                    if (name.endsWith("纠纷") && name.length() > 4) {
                        words.add(name.substring(0, name.length() - 2));
                    }
                }
            }
        }
        words.addAll(Statutes.known());
        return words;
    }

    private static final class Holder {
        static final DynamicCustomDictionary HANLP = build();

        private static DynamicCustomDictionary build() {
            DynamicCustomDictionary d = new DynamicCustomDictionary();
            for (String w : words()) {
                d.insert(w, "nz 1024");
            }
            return d;
        }
    }

    static DynamicCustomDictionary hanlp() {
        return Holder.HANLP;
    }
}
