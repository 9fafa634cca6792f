package org.gongkai.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.gongkai.courts.CausesOfAction;
import org.gongkai.platform.GongkaiConfig;
import org.gongkai.platform.IdCardNumbers;
import org.gongkai.platform.ProblemException;
import org.gongkai.publishing.deid.DeidOptions;
import org.gongkai.publishing.deid.Deidentifier;
import org.gongkai.publishing.deid.FieldContext;
import org.gongkai.publishing.deid.PersonNames;

/**
 * The fields a court sends beside a record, checked and made public the same way on every channel
 * (judgments, case process, enforcement; issue 9 "every field, not only the text"):
 * <ul>
 * <li>every free-text value goes through the judgment de-identification before it is public, with the
 * record's people as known names ({@link #deidentify});</li>
 * <li>a party sent as an organisation whose name reads as a person's is refused ({@link #requireOrganisationName});</li>
 * <li>a cause of action is checked against the cause and charge lists, free text only with a flag and then
 * de-identified ({@link #cause});</li>
 * <li>a resident ID number with a wrong check digit or an impossible birth date is refused
 * ({@link IdCardNumbers#requireSound}).</li>
 * </ul>
 * Messages name the field, in Chinese and English, and never repeat the value: it may be personal data,
 * and bulk-import reasons are logged.
 */
@ApplicationScoped
public class PublicFields {
    /** A person sent as an organisation, on every channel. */
    public static final String ORGANISATION_LOOKS_LIKE_PERSON = "以组织（ORGANISATION）提交的名称像自然人姓名：自然人请将 kind 设为 PERSON，"
            + "组织请填写登记的全称（如“……有限公司”）/ a name sent as an ORGANISATION reads as a natural person's name: "
            + "send kind PERSON for a person, or the organisation's full registered name";
    /** A cause on neither list, on every channel. */
    public static final String UNKNOWN_CAUSE = "案由不在民事案件案由或罪名表中；确需自由填写的，请同时提交 \"causeFreeText\": true（将去除个人信息后公开）"
            + " / the cause is neither a civil cause of action nor a criminal charge of the reference lists; to publish it as"
            + " free text (de-identified), also send \"causeFreeText\": true";

    @Inject
    GongkaiConfig config;

    /** The public form of a free-text field of a record (null stays null). */
    public String deidentify(String value, FieldContext context) {
        if (value == null) {
            return null;
        }
        return new Deidentifier(new DeidOptions(config.deid().maskAllNaturalPersons())).deidentifyField(value, context);
    }

    /** {@link #deidentify}, cut to {@code max} characters (a mask can be one character longer than the name). */
    public String deidentify(String value, FieldContext context, int max) {
        return fit(deidentify(value, context), max);
    }

    /**
     * The cause as it is published: an entry (or entries) of the cause or charge lists as sent; anything else —
     * and an administrative cause, whose field of administration is open text — de-identified. Unknown text
     * without the flag is a 400 naming the field. Null for a blank cause.
     */
    public String cause(String field, String cause, String category, boolean freeTextAllowed, FieldContext context) {
        if (cause == null || cause.isBlank()) {
            return null;
        }
        String c = cause.strip();
        return isFreeText(field, c, category, freeTextAllowed) ? deidentify(c, context, 200) : c;
    }

    /** Whether the cause is free text (published de-identified); a 400 when it is and that is not allowed. */
    public static boolean isFreeText(String field, String cause, String category, boolean freeTextAllowed) {
        if (cause == null || cause.isBlank()) {
            return false;
        }
        var kind = CausesOfAction.standard().recognise(cause, category);
        if (kind.isPresent()) {
            return kind.get() == CausesOfAction.Kind.ADMINISTRATIVE;
        }
        if (freeTextAllowed) {
            return true;
        }
        throw ProblemException.invalidField(field, UNKNOWN_CAUSE);
    }

    /**
     * An organisation is published whole (rule 1.7), a person masked: a person-like name sent as an
     * organisation is refused with a 400 naming the field.
     */
    public static void requireOrganisationName(String field, String name) {
        if (PersonNames.looksLikePersonName(name)) {
            throw ProblemException.invalidField(field, ORGANISATION_LOOKS_LIKE_PERSON);
        }
    }

    /** A 400 naming the field for a resident ID number with a wrong check digit or an impossible birth date. */
    public static void requireSoundIdNumber(String field, String idNumber, LocalDate today) {
        IdCardNumbers.requireSound(field, idNumber, today);
    }

    /** A value cut to its column. */
    public static String fit(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
