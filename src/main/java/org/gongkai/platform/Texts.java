package org.gongkai.platform;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The message bundle in a language, for texts built in code (problem details, feeds, CSV headers). */
public final class Texts {
    private Texts() {}

    /** The messages of the current request's language. */
    public static Msg msg() {
        return of(Languages.current());
    }

    /**
     * The text of an enum constant or other coded value: the message {@code <prefix>_<CONSTANT>}
     * (e.g. {@code event_ACCEPTED}, {@code ground_REFUSES}); the code itself when there is none.
     */
    public static String label(String prefix, String constant) {
        return label(Languages.current(), prefix, constant);
    }

    public static String label(Language language, String prefix, String constant) {
        if (constant == null) {
            return "";
        }
        String key = prefix + "_" + constant;
        try {
            return (String) Lbl.class.getMethod(key).invoke(lbl(language));
        } catch (ReflectiveOperationException e) {
            try {
                return (String) Txt.class.getMethod(key).invoke(txt(language));
            } catch (ReflectiveOperationException e2) {
                return constant;
            }
        }
    }

    public static String label(Enum<?> value) {
        return value == null ? "" : label(prefixOf(value.getDeclaringClass()), value.name());
    }

    /** ProcessEventType → processEventType: the message prefix of an enum. */
    static String prefixOf(Class<?> enumType) {
        String n = enumType.getSimpleName();
        return Character.toLowerCase(n.charAt(0)) + n.substring(1);
    }

    /** The second bundle (coded values, enforcement pages) in the current request's language. */
    public static Lbl lbl() {
        return lbl(Languages.current());
    }

    public static Lbl lbl(Language language) {
        return bundle(Lbl.class, language);
    }

    /** The third bundle in the current request's language. */
    public static Txt txt() {
        return txt(Languages.current());
    }

    public static Txt txt(Language language) {
        return bundle(Txt.class, language);
    }

    /** The fourth bundle (problem details added later: case-number errors …) in the current request's language. */
    public static Err err() {
        return err(Languages.current());
    }

    public static Err err(Language language) {
        return bundle(Err.class, language);
    }

    public static Msg of(Language language) {
        return bundle(Msg.class, language);
    }

    /** A bundle in a language: the English file, or the Chinese default. */
    private static <T> T bundle(Class<T> type, Language language) {
        return language == Language.EN
                ? MessageBundles.get(type, Localized.Literal.of(language.code))
                : MessageBundles.get(type);
    }
}
