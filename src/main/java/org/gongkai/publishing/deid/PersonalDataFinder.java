package org.gongkai.publishing.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the values that spec 1.6 (Art. 10) deletes: identity numbers, phone numbers, bank card and
 * account numbers, vehicle plates, property certificate numbers and addresses below county level.
 * Works on a normalised copy (see {@link TextNormalizer}); every {@link Edit} refers to the original.
 * The deletion policy is described on {@link Deidentifier}.
 */
final class PersonalDataFinder {
    static final char X = '×';

    private static final String LABELS = "居民身份证号码|公民身份号码|公民身份证号码|身份证号码|身份证号|身份号码|身份证|证件号码|证件号"
            + "|联系电话|联系方式|手机号码|手机号|电话号码|移动电话|固定电话|手机|电话"
            + "|银行卡号|银行账号|银行帐号|银行卡|开户账号|收款账号|账号|帐号|卡号|账户|帐户"
            + "|车牌号码|车牌号|号牌号码|车牌"
            + "|不动产权证书号|不动产权证号|不动产证号|房产证号|房产证编号|房屋所有权证号|房屋所有权证编号|房权证号|产权证号"
            + "|土地使用权证号|土地证号|机动车登记证书编号|登记证书编号";
    /** A label directly before a value (allowing ":", "为", "是", spaces). */
    private static final Pattern LABEL_BEFORE = Pattern.compile("(" + LABELS + ")\\s*(?::|为|是)?\\s*$");
    private static final Pattern BANK_CONTEXT = Pattern.compile("账号|帐号|卡号|账户|帐户|银行卡|信用卡|储蓄卡|借记卡|存折|收款|转账|汇款|转入|转至");
    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![0-9])(\\+)?[0-9](?:[0-9]|[ \\-](?=[0-9]))*(?:[Xx](?![A-Za-z0-9]))?");
    private static final Pattern ID18 = Pattern.compile("[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx]");
    private static final Pattern ID15 = Pattern.compile("[1-9]\\d{5}\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}");
    private static final Pattern CREDIT_CODE_LABEL = Pattern.compile("(?:统一社会信用代码|社会信用代码|组织机构代码|信用代码)\\s*(?::|：|为|是)?\\s*$");
    private static final Pattern PARTLY_MASKED_ID = Pattern.compile("(?<![0-9])[1-9][0-9]{5,13}[*＊×xX]{4,12}[0-9Xx]{0,4}(?![0-9*＊×])");
    private static final Pattern MOBILE = Pattern.compile("(?:86)?1[3-9]\\d{9}");
    private static final Pattern GROUPED_4 = Pattern.compile("\\d{4}(?: \\d{4}){2,3}(?: \\d{1,4})?");
    private static final Pattern AREA_PAREN = Pattern.compile("\\(0\\d{2,3}\\) ?\\d{7,8}(?:转\\d{1,6})?");
    private static final Pattern EXTENSION = Pattern.compile("^(?:转|-)\\d{1,6}");
    private static final Pattern NOT_A_NUMBER_AFTER = Pattern.compile("^\\s*(?:余元|多元|元|万|亿|美元|港元|年|次|件|克|千克|公斤|吨|米|公里|平方|个|人|户|页|股)");
    private static final Pattern PLATE = Pattern.compile(
            "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Za-z][·•・\\- ]?[A-Za-z0-9]{5,6}[挂学警港澳]?(?![A-Za-z0-9])");
    private static final Pattern PROPERTY = Pattern.compile(
            "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]\\(\\d{4}\\)[\\u4e00-\\u9fa5]{0,12}?不动产(?:权|证明)第\\d+号"
                    + "|[\\u4e00-\\u9fa5]房权证[\\u4e00-\\u9fa5]{0,6}?字?第?\\d+号"
                    + "|[\\u4e00-\\u9fa5]{1,3}(?:国用|集用)\\(\\d{4}\\)(?:第)?\\d+号");
    private static final Pattern PROPERTY_LABELLED = Pattern.compile(
            "(?:不动产权证书号|不动产权证号|不动产证号|房产证号|房产证编号|房屋所有权证号|房屋所有权证编号|房权证号|产权证号|土地使用权证号|土地证号|机动车登记证书编号|登记证书编号)"
                    + "\\s*(?::|为|是)?\\s*((?:[\\u4e00-\\u9fa5]{0,8}?第)?[A-Za-z0-9×\\-]*\\d[A-Za-z0-9×\\-]*号?)");
    private static final Pattern ADDRESS_TRIGGER = Pattern.compile(
            "(?<=^|[，,；;:(\\s。])(现住址|住址|现住|家住|暂住地|暂住|居住地|经常居住地|户籍所在地|户籍地址|户籍地|户口所在地|住所地|住所|地址|住)(?:\\s*:|为|在|于)?(?!院|宿|了|手|房|处|址)"
                    + "|(?<=[" + "\\u4e00-\\u9fa5" + "])(系)(?=[\\u4e00-\\u9fa5]{2,9}(?:省|自治区|市))"
                    + "|(位于|坐落于|座落于|坐落在|座落在)(?=[\\u4e00-\\u9fa5]{1,8}(?:省|自治区|市|县))");
    private static final Pattern ADMIN_SEGMENT = Pattern.compile(
            "^[\\u4e00-\\u9fa5]{1,9}?(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|州|盟|区|县|旗)");
    private static final Pattern NOT_ADMIN = Pattern.compile("(?:小区|社区|园区|工业区|开发区|景区|校区|街区|片区|城区|库区|营区|生活区|住宅区)$|[路街村镇乡号道巷弄组苑庄屯楼]");
    private static final Pattern ADDRESS_MARKER = Pattern.compile("街道|[村路街道号镇乡室栋幢组巷弄苑庄屯楼]|小区|单元|花园|公寓|大厦|宿舍|社区");
    private static final Pattern ORG_WORD = Pattern.compile("公司|银行|厂|合作社|中心|委员会|事务所|医院|学校|大学|学院|协会|集团|商行|经营部|门市部|研究所|研究院|政府|局|店|社|站|企业|基金会|俱乐部");

    private PersonalDataFinder() {
    }

    /** Edits for every deletable value in the text, possibly overlapping (resolved by the caller). */
    static List<Edit> find(String original) {
        String s = TextNormalizer.normalize(original);
        List<Edit> edits = new ArrayList<>();
        findNumbers(s, edits);
        findPlates(s, edits);
        findProperty(s, edits);
        findAddresses(s, edits);
        return edits;
    }

    private static void findNumbers(String s, List<Edit> edits) {
        // ID numbers another system masked only partly (4224211971********) still reveal region and birth date
        Matcher partial = PARTLY_MASKED_ID.matcher(s);
        while (partial.find()) {
            edits.add(value(s, partial.start(), partial.end(), Redaction.Kind.ID_NUMBER));
        }
        Matcher m = AREA_PAREN.matcher(s);
        while (m.find()) {
            edits.add(value(s, m.start(), m.end(), Redaction.Kind.PHONE));
        }
        m = DIGIT_RUN.matcher(s);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            String raw = m.group();
            String digits = raw.replaceAll("[ \\-+]", "");
            boolean hasX = digits.endsWith("X") || digits.endsWith("x");
            if (NOT_A_NUMBER_AFTER.matcher(s.substring(end, Math.min(s.length(), end + 6))).find() && !ID18.matcher(digits).matches()) {
                continue;
            }
            String before = s.substring(Math.max(0, start - 16), start);
            if (CREDIT_CODE_LABEL.matcher(before).find()) {
                continue; // an organisation's unified social credit code is published (rule 1.7)
            }
            Redaction.Kind kind = null;
            if (ID18.matcher(digits).matches() || (!hasX && ID15.matcher(digits).matches())) {
                kind = Redaction.Kind.ID_NUMBER;
            } else if (hasX) {
                continue;
            } else if (MOBILE.matcher(digits).matches() && !BANK_CONTEXT.matcher(before).find()) {
                kind = Redaction.Kind.PHONE;
            } else if (digits.startsWith("0") && digits.length() >= 10 && digits.length() <= 12 && raw.matches("0\\d{2,3}[ \\-]\\d{7,8}")) {
                kind = Redaction.Kind.PHONE;
                Matcher ext = EXTENSION.matcher(s.substring(end, Math.min(s.length(), end + 8)));
                if (ext.find()) {
                    end += ext.end();
                }
            } else if (digits.length() >= 12 && digits.length() <= 25 && BANK_CONTEXT.matcher(before).find()) {
                kind = Redaction.Kind.BANK_ACCOUNT;
            } else if (digits.length() >= 12 && digits.length() <= 19
                    && (GROUPED_4.matcher(raw).matches()
                    || (digits.length() >= 16 && digits.startsWith("62")))) {
                kind = Redaction.Kind.BANK_ACCOUNT;
            } else if (digits.length() >= 7 && digits.length() <= 8 && Pattern.compile("(?:电话|座机|固话)\\s*(?::|为|是)?\\s*$").matcher(before).find()) {
                kind = Redaction.Kind.PHONE;
            }
            if (kind != null) {
                edits.add(value(s, start, end, kind));
            }
        }
    }

    private static void findPlates(String s, List<Edit> edits) {
        Matcher m = PLATE.matcher(s);
        while (m.find()) {
            String tail = m.group().substring(2);
            long digits = tail.chars().filter(Character::isDigit).count();
            if (digits >= 3) {
                edits.add(value(s, m.start(), m.end(), Redaction.Kind.VEHICLE_PLATE));
            }
        }
    }

    private static void findProperty(String s, List<Edit> edits) {
        Matcher m = PROPERTY.matcher(s);
        while (m.find()) {
            edits.add(value(s, m.start(), m.end(), Redaction.Kind.PROPERTY_CERTIFICATE));
        }
        m = PROPERTY_LABELLED.matcher(s);
        while (m.find()) {
            if (m.group(1).chars().anyMatch(Character::isDigit)) {
                edits.add(value(s, m.start(1), m.end(1), Redaction.Kind.PROPERTY_CERTIFICATE));
            }
        }
    }

    private static void findAddresses(String s, List<Edit> edits) {
        Matcher m = ADDRESS_TRIGGER.matcher(s);
        while (m.find()) {
            String trigger = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            int valueStart = m.end();
            int valueEnd = valueStart;
            // a property's location (位于…/系…) ends at 的 or at the thing it locates (…号的房屋, …号房屋)
            String stops = m.group(1) == null ? "，,。；;)\n的" : "，,。；;)\n";
            while (valueEnd < s.length() && stops.indexOf(s.charAt(valueEnd)) < 0
                    && !(m.group(1) == null && s.startsWith("房屋", valueEnd))) {
                valueEnd++;
            }
            if (valueEnd == valueStart) {
                continue;
            }
            if (trigger.startsWith("住所") || trigger.equals("地址")) {
                int entryStart = Math.max(s.lastIndexOf('。', m.start()), s.lastIndexOf('\n', m.start())) + 1;
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
            } else if (ADDRESS_MARKER.matcher(value).find()) {
                int triggerStart = m.start(1);
                if (triggerStart > 0 && "，,；;".indexOf(s.charAt(triggerStart - 1)) >= 0) {
                    edits.add(new Edit(triggerStart - 1, valueEnd, "", Redaction.Kind.ADDRESS));
                } else {
                    edits.add(new Edit(valueStart, valueEnd, "×××", Redaction.Kind.ADDRESS));
                }
            }
        }
    }

    /** A structured field that is an address by itself (北京市朝阳区建国路88号): keep the county chain. */
    static void addressField(String field, List<Edit> edits) {
        String s = TextNormalizer.normalize(field).strip();
        int keep = adminPrefixLength(s);
        if (keep > 0 && keep < s.length() && ADDRESS_MARKER.matcher(s.substring(keep)).find() && !s.matches(".*[，,。；;].*")) {
            int offset = field.indexOf(s.charAt(0));
            edits.add(new Edit(offset + keep, field.length(), "", Redaction.Kind.ADDRESS));
        }
    }

    private static final Pattern ADDRESS_TAIL = Pattern.compile("^[0-9\\-号室栋幢楼层单元组户]*");

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
                end += tail.end();
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
    private static Edit value(String s, int start, int end, Redaction.Kind kind) {
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
        return new Edit(start, end, String.valueOf(X).repeat(end - start), kind);
    }
}
