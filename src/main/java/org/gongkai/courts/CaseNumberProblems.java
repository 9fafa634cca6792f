package org.gongkai.courts;

import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import org.gongkai.platform.Err;
import org.gongkai.platform.Language;
import org.gongkai.platform.Languages;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.Texts;

/** What is wrong with a case number, in the request's language: the message {@code err:caseNumber_<REASON>}. */
public final class CaseNumberProblems {
    private CaseNumberProblems() {}

    /** The reason in the current request's language. */
    public static String reason(InvalidCaseNumberException e) {
        return reason(e, Languages.current());
    }

    public static String reason(InvalidCaseNumberException e, Language language) {
        Class<?>[] types = new Class<?>[e.args().size()];
        Arrays.fill(types, String.class);
        try {
            return (String) Err.class
                    .getMethod("caseNumber_" + e.reason().name(), types)
                    .invoke(Texts.err(language), e.args().toArray());
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException x) {
            // MessageBundleFilesTest and CaseNumberLanguageTest keep every reason in the bundle
            throw new IllegalStateException("no message err:caseNumber_" + e.reason(), x);
        }
    }

    /** A 400 problem on the field, saying what is wrong with the case number in the request's language. */
    public static ProblemException problem(InvalidCaseNumberException e, String field, boolean fieldInDetail) {
        String detail = Texts.txt().err_case_number_invalid(reason(e));
        return new ProblemException(400, "Invalid case number", fieldInDetail ? field + ": " + detail : detail, field);
    }
}
