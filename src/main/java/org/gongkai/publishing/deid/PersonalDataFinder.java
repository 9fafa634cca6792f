package org.gongkai.publishing.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the values that spec 1.6 (Art. 10) deletes: identity numbers and documents, phone numbers
 * and other contact details, bank card and account numbers, vehicle plates, property certificate
 * numbers and addresses below county level. Works on the detection copy ({@link TextNormalizer});
 * the edits are in the copy's coordinates and the caller maps them to the original. Numbers are
 * found by {@link NumberFinder}, letter-bearing identifiers and e-mail addresses by
 * {@link TokenFinder}. The deletion policy is described on {@link Deidentifier}.
 */
final class PersonalDataFinder {
    static final char X = '×';

    private static final String LABELS = "居民身份证号码|公民身份号码|公民身份证号码|身份证号码|身份证号|身份号码|身份证|证件号码|证件号"
            + "|护照号码|护照号|护照|通行证号码|通行证号|通行证|回乡证号码|回乡证号|回乡证|台胞证号码|台胞证号|台胞证|居留证号码|居留证号|居留证"
            + "|联系电话|联系方式|手机号码|手机号|电话号码|移动电话|固定电话|手机|电话"
            + "|微信号|微信账号|微信|QQ号码|QQ号|QQ|电子邮箱|电子邮件|邮箱地址|邮箱|e-mail|E-mail|Email|email"
            + "|支付宝账号|支付宝账户|支付宝"
            + "|银行卡号|银行账号|银行帐号|银行卡|开户账号|收款账号|账号|帐号|卡号|账户|帐户"
            + "|车牌号码|车牌号|号牌号码|车牌"
            + "|不动产权证书号|不动产权证号|不动产证号|房产证号|房产证编号|房屋所有权证号|房屋所有权证编号|房权证号|产权证号"
            + "|土地使用权证号|土地证号|机动车登记证书编号|登记证书编号";
    /** A label directly before a value (allowing ":", "为", "是", spaces). */
    private static final Pattern LABEL_BEFORE = Pattern.compile("(" + LABELS + ")\\s*(?::|为|是)?\\s*$");

    private static final Pattern PARTLY_MASKED_ID =
            Pattern.compile("(?<![0-9])[1-9][0-9]{5,13}[*＊×xX]{4,12}[0-9Xx]{0,4}(?![0-9*＊×])");
    private static final Pattern PLATE = Pattern.compile(
            "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼] ?[A-Za-z][·•・\\- ]?[A-Za-z0-9]{5,6}[挂学警港澳]?(?![A-Za-z0-9])");
    private static final Pattern PROPERTY =
            Pattern.compile("[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]\\(\\d{4}\\)[\\u4e00-\\u9fa5]{0,12}?不动产(?:权|证明)第\\d+号"
                    + "|[\\u4e00-\\u9fa5]房权证[\\u4e00-\\u9fa5]{0,6}?字?第?\\d+号"
                    + "|[\\u4e00-\\u9fa5]{1,3}(?:国用|集用)\\(\\d{4}\\)(?:第)?\\d+号");
    private static final Pattern PROPERTY_LABELLED = Pattern.compile(
            "(?:不动产权证书号|不动产权证号|不动产证号|房产证号|房产证编号|房屋所有权证号|房屋所有权证编号|房权证号|产权证号|土地使用权证号|土地证号|机动车登记证书编号|登记证书编号)"
                    + "\\s*(?::|为|是)?\\s*((?:[\\u4e00-\\u9fa5]{0,8}?第)?[A-Za-z0-9×\\-]{0,40}号?)");
    /** The words that introduce a person's address in a judgment (spec 1.6: kept to the county). */
    private static final String HOME = "现住址|现住所|住址|现住|家住|暂住地|暂住|现居住地|经常居住地|居住地|户籍所在地|户籍地址|户籍地|户口所在地"
            + "|现居住于|现居住在|居住于|居住在|租住于|租住在|借住在|寄住在|住在|住于|现居";

    private static final String LOCATION = "位于|坐落于|座落于|坐落在|座落在";
    private static final String MOVE = "搬至|搬到|搬迁至|迁至|迁往|迁居至|迁居|移居至|移居";
    /** The characters an address trigger starts with: the trigger regex is tried only there. */
    private static final String ADDRESS_FIRST = firstChars(HOME + "|住所地|住所|地址|住|系|" + LOCATION + "|" + MOVE);

    private static final String PLATE_FIRST = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    private static final String PROPERTY_LABEL_FIRST = "不房产土机登";
    private static final String ADMIN_AHEAD = "(?=[\\u4e00-\\u9fa5]{1,8}(?:省|自治区|市|县|区|州|盟|旗))";
    private static final Pattern ADDRESS_TRIGGER = Pattern.compile(
            // after punctuation or at the start of a line: every trigger, also 住所/地址 (organisations are checked below)
            "(?<=^|[，,；;:：(（\\s。])(" + HOME + "|住所地|住所|地址|住)(?:\\s*:|为|在|于|是)?\\s*(?!院|宿|了|手|房|处|址|证|宅|户|客|店)"
                    // without punctuation (…1990年出生住北京市…, …汉族家住某村…): the unambiguous triggers
                    + "|(?<=[\\u4e00-\\u9fa5\\d])(" + HOME + ")(?:\\s*:|为|在|于|是)?\\s*(?!院|宿|了|手|房|处|址|证)"
                    // a bare 住 without punctuation only before a province, city or county (居住北京市…)
                    + "|(?<=[\\u4e00-\\u9fa5\\d])(?<![入抓记拦挡站稳保忍扣卡困圈围揪按捂])(住)(?!所|址|院|宿|了|手|房|处|证|宅|户|客|店)" + ADMIN_AHEAD
                    + "|(?<=[\\u4e00-\\u9fa5])(系)(?=[\\u4e00-\\u9fa5]{2,9}(?:省|自治区|市))"
                    + "|(" + LOCATION + ")(?=[\\u4e00-\\u9fa5]{1,8}(?:省|自治区|市|县))"
                    // 搬至…居住: the place a person moved to, ending before 居住/生活
                    + "|(" + MOVE + ")");
    private static final int G_PUNCT = 1;
    private static final int G_HOME = 2;
    private static final int G_BARE = 3;
    private static final int G_SYSTEM = 4;
    private static final int G_LOCATION = 5;
    private static final int G_MOVE = 6;
    /** An address is never longer than this: the value scan is bounded (linear time on crafted text). */
    private static final int MAX_ADDRESS = 60;
    /** One level of the administrative chain; a banner (旗) has at least two characters before it (正蓝旗, not 红旗大街). */
    private static final Pattern ADMIN_SEGMENT = Pattern.compile(
            "^(?:[\\u4e00-\\u9fa5]{1,9}?(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|州|盟|区|县)|[\\u4e00-\\u9fa5]{2,9}?旗)");

    private static final Pattern NOT_ADMIN =
            Pattern.compile("(?:小区|社区|园区|工业区|开发区|景区|校区|街区|片区|城区|库区|营区|生活区|住宅区)$|[路街村镇乡号道巷弄组苑庄屯楼]");
    private static final Pattern ADDRESS_MARKER = Pattern.compile("街道|[村路街道号镇乡室栋幢组巷弄苑庄屯楼]|小区|单元|花园|公寓|大厦|宿舍|社区");
    private static final Pattern ORG_WORD =
            Pattern.compile("公司|银行|厂|合作社|中心|委员会|事务所|医院|学校|大学|学院|协会|集团|商行|经营部|门市部|研究所|研究院|政府|局|店|社|站|企业|基金会|俱乐部");

    private PersonalDataFinder() {}

    /** Edits (in the copy's coordinates) for every deletable value, possibly overlapping (resolved by the caller). */
    static List<Edit> find(TextNormalizer.Normalized norm, Set<String> partyIds) {
        String s = norm.text;
        List<Edit> edits = new ArrayList<>();
        // ID numbers another system masked only partly (4224211971********) still reveal region and birth date
        Matcher partial = PARTLY_MASKED_ID.matcher(s);
        while (partial.find()) {
            edits.add(value(s, partial.start(), partial.end(), Redaction.Kind.ID_NUMBER));
        }
        NumberFinder.find(s, partyIds, edits);
        TokenFinder.find(s, edits);
        findPlates(s, edits);
        findProperty(s, edits);
        findAddresses(norm, edits);
        return edits;
    }

    private static void findPlates(String s, List<Edit> edits) {
        Matcher m = PLATE.matcher(s);
        for (int from = 0; findFrom(m, s, from, PLATE_FIRST); from = Math.max(m.end(), m.start() + 1)) {
            String tail = m.group().substring(2);
            long digits = tail.chars().filter(Character::isDigit).count();
            if (digits >= 3) {
                edits.add(value(s, m.start(), m.end(), Redaction.Kind.VEHICLE_PLATE));
            }
        }
    }

    private static void findProperty(String s, List<Edit> edits) {
        // the certificate patterns start with any Han character: run them only when their words occur
        boolean certificateWords = s.contains("不动产") || s.contains("房权证") || s.contains("国用") || s.contains("集用");
        Matcher m = PROPERTY.matcher(s);
        while (certificateWords && m.find()) {
            edits.add(value(s, m.start(), m.end(), Redaction.Kind.PROPERTY_CERTIFICATE));
        }
        m = PROPERTY_LABELLED.matcher(s);
        for (int from = 0; findFrom(m, s, from, PROPERTY_LABEL_FIRST); from = Math.max(m.end(), m.start() + 1)) {
            if (m.group(1).chars().anyMatch(Character::isDigit)) {
                edits.add(value(s, m.start(1), m.end(1), Redaction.Kind.PROPERTY_CERTIFICATE));
            }
        }
    }

    private static void findAddresses(TextNormalizer.Normalized norm, List<Edit> edits) {
        String s = norm.text;
        Matcher m = ADDRESS_TRIGGER.matcher(s);
        for (int from = 0; findFrom(m, s, from, ADDRESS_FIRST); from = Math.max(m.end(), m.start() + 1)) {
            int group = G_PUNCT;
            while (m.group(group) == null) {
                group++;
            }
            String trigger = m.group(group);
            boolean property = group == G_SYSTEM || group == G_LOCATION;
            int valueStart = m.end();
            int valueEnd = valueStart;
            int limit = Math.min(s.length(), valueStart + MAX_ADDRESS);
            // a property's location (位于…/系…) ends at 的 or at the thing it locates (…号的房屋, …号房屋);
            // a place moved to (搬至…居住) ends before 居住/生活; a line break between two lines ends any address
            String stops = property ? "，,。；;)\n的" : "，,。；;)\n";
            while (valueEnd < limit
                    && stops.indexOf(s.charAt(valueEnd)) < 0
                    && !(property && s.startsWith("房屋", valueEnd))
                    && !(group == G_MOVE && startsWithAny(s, valueEnd, "居住", "生活", "暂住", "定居", "租住", "落户"))
                    && !(valueEnd > valueStart && (norm.lineGapBefore(valueEnd) || s.charAt(valueEnd) == '的'))) {
                valueEnd++;
            }
            if (valueEnd == valueStart || !Character.isLetterOrDigit(s.charAt(valueStart))) {
                continue;
            }
            if (group == G_MOVE
                    && !(valueEnd < limit && startsWithAny(s, valueEnd, "居住", "生活", "暂住", "定居", "租住", "落户"))) {
                continue; // 搬至…居住 is a home; 搬至… alone may be a shop or a gambling den
            }
            if (trigger.startsWith("住所") || trigger.equals("地址")) {
                int entryStart = m.start();
                while (entryStart > 0
                        && m.start() - entryStart < 120
                        && s.charAt(entryStart - 1) != '。'
                        && s.charAt(entryStart - 1) != '\n') {
                    entryStart--;
                }
                if (ORG_WORD.matcher(s.substring(entryStart, m.start())).find()) {
                    continue; // an organisation's seat is kept (spec 1.7)
                }
            }
            String value = s.substring(valueStart, valueEnd);
            int keep = adminPrefixLength(value);
            if (keep == value.length()) {
                continue;
            }
            if (keep > 0) {
                int cut = endOfAddress(value, keep);
                if (cut > keep) {
                    edits.add(new Edit(valueStart + keep, valueStart + cut, "", Redaction.Kind.ADDRESS));
                }
            } else if (group != G_BARE
                    && placeLike(
                            value,
                            group == G_PUNCT && !VERB_TRIGGER.matcher(trigger).find())) {
                int triggerStart = m.start(group);
                int addressEnd = valueStart + endOfAddress(value, 0);
                if (group == G_PUNCT && triggerStart > 0 && "，,；;".indexOf(s.charAt(triggerStart - 1)) >= 0) {
                    // the clause goes, up to the end of the address (without punctuation, a sentence may follow at
                    // once)
                    edits.add(new Edit(
                            triggerStart - 1,
                            addressEnd == valueEnd || addressEnd == valueStart ? valueEnd : addressEnd,
                            "",
                            Redaction.Kind.ADDRESS));
                } else {
                    // without punctuation the next sentence may follow the address at once: cut after its last address
                    // word
                    int end = group == G_PUNCT ? valueEnd : valueStart + endOfAddress(value, 0);
                    if (end > valueStart) {
                        edits.add(new Edit(valueStart, end, "×××", Redaction.Kind.ADDRESS));
                    }
                }
            }
        }
    }

    /** Triggers that are verbs (住在, 居住于 …): their object is a place only when it looks like one. */
    private static final Pattern VERB_TRIGGER = Pattern.compile("在|于|^现居$");
    /** Characters that show the words after 住在/居住在 are not a place name (居住在该房屋的原告…). */
    private static final String NOT_IN_PLACE = "的了着过和与及被把将向对给该其本此这那原告人是为有";

    /**
     * An address without a county chain: an address word (村, 路, 小区 …) within its first twelve
     * characters, and nothing before it that makes the words a sentence rather than a place.
     */
    private static boolean placeLike(String value, boolean nominalTrigger) {
        Matcher marker = ADDRESS_MARKER.matcher(value);
        if (!marker.find() || marker.start() == 0 || marker.end() > 12 || value.startsWith("码", marker.end())) {
            return false; // 路途遥远, 社区矫正, 号码: no name before the address word
        }
        if (!nominalTrigger
                && marker.group().equals("楼")
                && !ADDRESS_MARKER
                        .matcher(value.substring(marker.end(), Math.min(value.length(), 20)))
                        .find()
                && value.substring(0, marker.start())
                        .chars()
                        .allMatch(c -> TextNormalizer.isChineseDigit((char) c)
                                || Character.isDigit(c)
                                || "层旅店宾馆酒店招待所".indexOf(c) >= 0)) {
            return false; // 住在一楼, 住在旅店二楼: a floor, not a home address
        }
        for (int i = 0; i < marker.start(); i++) {
            if (NOT_IN_PLACE.indexOf(value.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The next match at or after {@code from}, trying the pattern only where the text has one of
     * the characters a match can start with (a regex with alternations and look-behinds is
     * otherwise tried at every position). Look-behinds still see the text before the region.
     */
    static boolean findFrom(Matcher m, String s, int from, String firstChars) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = from; i < s.length(); i++) {
            if (firstChars.indexOf(s.charAt(i)) >= 0) {
                m.region(i, s.length());
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String firstChars(String alternation) {
        StringBuilder b = new StringBuilder();
        for (String word : alternation.split("\\|")) {
            if (!word.isEmpty() && b.indexOf(word.substring(0, 1)) < 0) {
                b.append(word.charAt(0));
            }
        }
        return b.toString();
    }

    private static boolean startsWithAny(String s, int at, String... words) {
        for (String w : words) {
            if (s.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    /** A structured field that is an address by itself (北京市朝阳区建国路88号): keep the county chain. */
    static void addressField(TextNormalizer.Normalized norm, List<Edit> edits) {
        String t = norm.text;
        int lead = 0;
        while (lead < t.length() && Character.isWhitespace(t.charAt(lead))) {
            lead++;
        }
        String s = t.substring(lead).strip();
        int keep = adminPrefixLength(s);
        if (keep > 0
                && keep < s.length()
                && ADDRESS_MARKER.matcher(s.substring(keep)).find()
                && !containsAny(s, "，,。；;")) {
            edits.add(new Edit(lead + keep, t.length(), "", Redaction.Kind.ADDRESS));
        }
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern ADDRESS_TAIL = Pattern.compile("^[0-9\\- 号室栋幢楼层单元组户]*");

    /**
     * Where the part below county level ends: after its last address word (路, 号, 村, 室 …) and the
     * numbers that follow it, looking at most 40 characters ahead — texts without punctuation go on
     * with the next sentence right after the address.
     */
    static int endOfAddress(String value, int from) {
        String window = value.substring(0, Math.min(value.length(), from + 40));
        Matcher marker = ADDRESS_MARKER.matcher(window);
        int end = from;
        while (marker.find(end > from ? end : from)) {
            if (marker.end() <= end) {
                break;
            }
            end = marker.end();
            Matcher tail = ADDRESS_TAIL.matcher(window.substring(end));
            if (tail.find()) {
                int tailEnd = end + tail.end();
                // …X组2008年7月: digits followed by 年/月/日/时 are the next sentence's date, not a house number
                while (tailEnd > end
                        && tailEnd < value.length()
                        && "年月日时".indexOf(value.charAt(tailEnd)) >= 0
                        && Character.isDigit(value.charAt(tailEnd - 1))) {
                    while (tailEnd > end && Character.isDigit(value.charAt(tailEnd - 1))) {
                        tailEnd--;
                    }
                }
                end = tailEnd;
            }
            if (end >= window.length()) {
                break;
            }
        }
        return end;
    }

    /** Length of the leading province/prefecture/county chain of an address. */
    static int adminPrefixLength(String value) {
        int pos = 0;
        for (int seg = 0; seg < 4; seg++) {
            Matcher m = ADMIN_SEGMENT.matcher(value.substring(pos));
            if (!m.find() || NOT_ADMIN.matcher(m.group()).find()) {
                break;
            }
            pos += m.end();
        }
        return pos;
    }

    /**
     * A value found at [start, end): with its label, as a clause of its own ("，公民身份号码…，") it is
     * deleted together with the label; in running text its characters are replaced by ×.
     */
    static Edit value(String s, int start, int end, Redaction.Kind kind) {
        Matcher label = LABEL_BEFORE.matcher(s.substring(Math.max(0, start - 14), start));
        if (label.find()) {
            int labelStart = start - (label.regionEnd() - label.start());
            char after = end < s.length() ? s.charAt(end) : '。';
            boolean clauseEnds = "，,；;。)\n".indexOf(after) >= 0;
            if (labelStart > 0 && clauseEnds) {
                char before = s.charAt(labelStart - 1);
                if ("，,；;".indexOf(before) >= 0) {
                    return new Edit(labelStart - 1, end, "", kind);
                }
                if (before == '(' && after == ')') {
                    return new Edit(labelStart - 1, end + 1, "", kind);
                }
            }
        }
        return Edit.crossOut(start, end, kind);
    }
}
