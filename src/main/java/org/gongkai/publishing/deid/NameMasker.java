package org.gongkai.publishing.deid;

import java.util.regex.Pattern;

/**
 * The mask of one name (spec 1.5, Art. 9), without collision numbering.
 * <ul>
 * <li>Han name: surname + 某 (张三丰 → 张某); compound surnames kept whole (欧阳娜娜 → 欧阳某).</li>
 * <li>Ethnic-minority name or Chinese transliteration of a foreign name (written with ·, or starting
 * with a known minority given-name prefix such as 买买提, 哈斯): first character + 某 (买买提·艾力 → 买某).</li>
 * <li>Latin-script name: first letter only (John Smith → J).</li>
 * </ul>
 */
public final class NameMasker {
    private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z.'\\- ]*");
    static final Pattern DOT = Pattern.compile("[·•・‧.]");

    private NameMasker() {}

    public static String maskOf(String fullName) {
        String name = fullName == null ? "" : fullName.strip();
        if (name.isEmpty()) {
            return name;
        }
        if (LATIN.matcher(name).matches()) {
            return name.substring(0, 1).toUpperCase();
        }
        if (DOT.matcher(name).find() || name.length() > 4) {
            return name.charAt(0) + "某"; // minority / transliterated foreign name
        }
        return name.substring(0, Surnames.surnameLength(name)) + "某";
    }
}
