package org.gongkai.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The message bundle in a language, for texts built in code (problem details, feeds, CSV headers). */
public final class Texts {
    private Texts() {}

    /** The messages of the current request's language. */
    public static Msg msg() {
        return of(Languages.current());
    }

    public static Msg of(Language language) {
        return language == Language.EN
                ? MessageBundles.get(Msg.class, Localized.Literal.of(language.code))
                : MessageBundles.get(Msg.class);
    }
}
