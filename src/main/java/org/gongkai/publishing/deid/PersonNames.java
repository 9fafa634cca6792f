package org.gongkai.publishing.deid;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Whether a name sent as an organisation's reads as a natural person's: an organisation is published
 * in full (rule 1.7) while a person is masked (rule 1.4/1.5), so a person sent as an organisation —
 * by a careless clerk or to get around the masking — would be published by name. The intakes refuse
 * such a party (or, where nobody can be asked, as in a text import, treat it as a person).
 *
 * <p>A name reads as a person's when, after removing spaces and invisible characters, it is 2–4 Han
 * characters that start with a known surname (compound surnames included) followed by a given name of
 * one or two characters, contains no organisation word, is not a common word, and its given name has
 * no character that given names practically never use (张三丰, 王小明, 欧阳娜娜 — but not 华为, 国家电网,
 * 某某公司). A name written with a middle dot whose parts are Han (买买提·艾力) reads as a person's too.
 */
public final class PersonNames {
    /** Zero-width and other invisible characters a name may be padded with. */
    private static final Pattern INVISIBLE =
            Pattern.compile("[\\s\\u00AD\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u206F\\uFEFF\\u3000]");

    private static final Pattern HAN = Pattern.compile("[\\u4e00-\\u9fa5]+");
    private static final Pattern DOTTED =
            Pattern.compile("[\\u4e00-\\u9fa5]{1,8}(?:[·•・‧.][\\u4e00-\\u9fa5]{1,8}){1,3}");
    /** Words that make a name an organisation's wherever they stand. */
    private static final Pattern ORGANISATION_WORD = Pattern.compile(
            "公司|集团|银行|委员会|政府|协会|学校|学院|大学|中学|小学|医院|中心|合作|基金|事务所|检察|法院|公安|商会|联社|信用|保险|证券|投资|控股|实业|置业|地产|物业|超市|药房|诊所|酒店|宾馆|工作室|街道|社区|国家|中国|人民|集体|科技|网络|电网|电力|能源|物流|快递|餐饮|传媒|文化|教育|建设|工程|[局院厂社所店部处村组队站馆场室团]");
    /** Characters that practically never occur in a given name (function words, business words). */
    private static final String NEVER_IN_GIVEN =
            "为的了着过们这那么吗呢吧啊被把将从向对给让与及等在是也都就所已网电业行会商贸讯物流药汽车器材料品产筑程险券资融集控股牌酒茶食餐饮务办校委络码号线路港仓库货运输递购卖售租贷款费税某×";

    private PersonNames() {}

    /** Spaces and invisible characters removed, width folded (NFKC): how a reader sees the name. */
    public static String visible(String name) {
        if (name == null) {
            return "";
        }
        return INVISIBLE
                .matcher(Normalizer.normalize(name, Normalizer.Form.NFKC))
                .replaceAll("");
    }

    /**
     * The name a field starts with when it reads as a person's (王审判 of "王审判，审判员…"), else null: the
     * part of a name field the rules publish, without whatever else a clerk wrote after it.
     */
    public static String leadingName(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        int end = 0;
        while (end < v.length()
                && (Character.UnicodeScript.of(v.charAt(end)) == Character.UnicodeScript.HAN
                        || "·•・‧".indexOf(v.charAt(end)) >= 0)) {
            end++;
        }
        String head = v.substring(0, end);
        return looksLikePersonName(head) ? head : null;
    }

    public static boolean looksLikePersonName(String name) {
        String n = visible(name);
        if (n.length() < 2 || ORGANISATION_WORD.matcher(n).find()) {
            return false;
        }
        if (DOTTED.matcher(n).matches()) {
            return true;
        }
        if (n.length() > 4
                || !HAN.matcher(n).matches()
                || !Surnames.startsWithSurname(n, 0)
                || PersonFinder.isCommonWord(n)) {
            return false;
        }
        int surname = Surnames.surnameLength(n);
        int given = n.length() - surname;
        if (given < 1 || given > 2) {
            return false;
        }
        for (int i = surname; i < n.length(); i++) {
            if (NEVER_IN_GIVEN.indexOf(n.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
