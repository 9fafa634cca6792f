package org.gongkai.publishing.deid;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds natural persons named in a judgment text: after a role word (被告人张三, 上诉人（原审被告）王五,
 * 证人刘小红证言, 辩护人乔智，某律师事务所律师), in lists (被告人张建、张小春), after words that introduce
 * accomplices (伙同李某平) and before "（另案处理）". Already-masked names (张某, 李×1, 曹0, 张x1, 唐甲)
 * are skipped.
 */
final class PersonFinder {
    /** A person found in the text: its roles, whether it is shown to be a lawyer, first position. */
    static final class Found {
        final String name;
        final Set<Role> roles = EnumSet.noneOf(Role.class);
        boolean lawyer;
        boolean strong;
        /** Found at least once with a punctuation mark right after it. */
        boolean clear;

        int mentions;
        int first;

        Found(String name, int first) {
            this.name = name;
            this.first = first;
        }
    }

    private static final String HAN = "\\u4e00-\\u9fa5";
    /** A character of a transliterated name part: Han, but not a function or role character (…热合曼的委托… ends at 的). */
    private static final String NAME_PART = "[" + HAN + "&&[^的与和及等之其被告原审委托诉讼代理人律师称辩证供述犯在于、]]";

    private static final Pattern DOTTED =
            Pattern.compile("^" + NAME_PART + "{1,8}[·•・‧]" + NAME_PART + "{1,8}(?:[·•・‧]" + NAME_PART + "{1,8})?");
    private static final Pattern LATIN = Pattern.compile("^[A-Z][a-zA-Z]+(?: [A-Z][a-zA-Z]+){0,3}");
    private static final Pattern MASKED = Pattern.compile(
            "^[" + HAN + "]{1,2}?(?:某+|×+|[xX*＊]+)\\d*|^[" + HAN + "]\\d{1,2}(?!\\d)|^[" + HAN + "]{1,2}[甲乙丙丁戊]");
    private static final Pattern STRONG_INTRO = Pattern.compile("^(?:[，,](?:男|女|曾用名|化名|绰号|别名|[" + HAN
            + "]{1,4}族|\\d{4}年|[一二][〇零○一二三四五六七八九]{3}年|出生|生于|公民身份|身份证|住|户籍|系|无业|农民|职业)"
            + "|[（(](?:曾用名|化名|绰号|别名|又名|男|女|系|未成年))");
    /** Characters after which a name ends. */
    static final String HARD = "，,。；;：:、）)（( \n\"“”'‘’！!？?《》";
    /** Words that may follow a name in running text. */
    private static final Pattern CONTINUATION = Pattern.compile(
            "^(?:律师|供述|供称|辩称|诉称|辩解|证言|证词|陈述|证实|驾驶|不服|同意|到庭|出庭|提出|认为|主动|归案|案发|家中|住处|名下|身上|当庭|自愿|明知|经营|因涉嫌|涉嫌"
                    + "|[称说因于在将与和及等到向对被把用持的之犯是为所经已也均以从自曾又再便就即遂系后先并同还拒未没不无有让叫给跟作驾开买卖贩借打拿携交得伙一二两三家处乘趁见欲要想出进来去回帮使身具判共通利骗偷盗抢杀砍殴私收退付分负担任供认辩送指电找约获逃离租雇购告问提全联注侵挪参组介签实受签领拨发诉占])");
    /** Words after a name that leave no doubt where the name ends (指控被告人张三犯…). */
    private static final Pattern CONFIDENT_CONTINUATION =
            Pattern.compile("^(?:犯|涉嫌|因涉嫌|到庭|不服|的辩护人|及其辩护人|及辩护人|供述|辩称|诉称|的供述|的陈述|的证言|证言|陈述)");
    /** Words that often follow a name; a three-character candidate ending in their first character is suspect. */
    private static final Pattern SPLIT_WORD = Pattern.compile(
            "^(?:出具|出示|出售|出借|出租|出资|提供|收到|借款|驾车|开车|持有|伙同|驾驶|供述|供称|辩称|诉称|陈述|证实|提出|认为|主动|归案|案发|家中|同意|到庭|出庭|涉嫌|使用|帮助|通过|利用|明知|先后|共同|分别|再次|多次|随后|遂将|将其|以其|因与|与其|在其|向其|对其|于是|为了|经营|负责|自己|自愿|当场|携带|指使|纠集|雇佣|邀约|找到|来到|回到|前往|窜至|私自|持刀|上述|和其|及其)");
    /** Surnames that are also frequent function words or morphemes (向, 应, 方, 代, 于 …). */
    private static final String WEAK_SURNAMES = "向应方代于公单房司离索达曾权利修储催全关农冷包商官尚左平所支智母清相盖解银查终南安位原时和常";

    private static final Pattern SPEECH_AFTER = Pattern.compile("^(?:称|说|辩称|诉称|供述|陈述|证实|到庭|不服|的供述|的陈述|的证言)");
    /** Function characters that rarely end a name (高明称 is 高明 + 称). */
    private static final String FUNCTION_END = "称说因于在将与和及等到向对被把的犯是为系并也均已遂经从";
    /** Characters that may precede a name in running text. */
    static final String BEFORE_NAME = "与和及对向被让叫给将把是称说同由找约跟帮替在从经以为使令请等员长师工友人的见、";
    /** Organisation suffixes that follow a person's name in a business name (张三丰商贸有限公司, 王五五金店). */
    private static final Pattern ORG_AFTER = Pattern.compile(
            "^([" + HAN + "]{0,4}?)(有限责任公司|股份有限公司|有限公司|商贸|贸易|商行|经营部|门市部|工作室|合作社|事务所|超市|酒店|饭店|诊所|个体工商户|工商户)"
                    + "|^((?:[" + HAN
                    + "]{0,2}?)(?:五金|建材|家具|服装|电器|汽修|养殖|建筑|工程|科技|餐饮|装饰|物流|食品|农资|水产|副食|百货|烟酒|日杂|机械|木材|钢材|纺织|印刷|汽车|运输|加工|化工))(公司|厂|店|行|场|社|馆|部)"
                    + "|^((?:[" + HAN + "]{0,2}?)(?:药|酒|茶|米|布))(公司|厂|店|行|馆)");

    /** The last characters of the suffixes of {@link #ORG_AFTER}: a match has one of them in its window. */
    private static final String ORG_LAST = "司贸易行部室社所市店户厂场馆";

    private static boolean anyOf(CharSequence s, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern ORG_END = Pattern.compile("(?:公司|银行|厂|店|中心|局|院|所|委员会|社|部|站|处|队|市|县|省|镇|乡|村|区)$");
    /** Characters that show the words after a name are a sentence, not the rest of an organisation name. */
    private static final String NOT_IN_ORG_NAME = "的在于与和是为被将把从到向对去回来因购侵占用给让叫及等所已也均并又再就即遂系后先同还拒未没不无有获取通过收共任担负经";

    private static final Pattern ASIDE = Pattern.compile("[（(](?:另案|已判|在逃|已故|已死亡|另处|均另案|已另案|另行处理|已被判|不起诉)");
    private static final Set<String> NOT_NAMES = Set.of(
            "代偿", "代养", "代签", "代管", "索要", "解决", "查阅", "所知", "终止", "韩国", "母亲", "父亲", "司机", "离婚", "索赔", "达成", "单方", "单独",
            "林地", "权益", "利息", "利润", "修理", "储存", "催要", "全身", "公章", "相识", "相互", "相同", "相应", "相继", "相邻", "认识", "所有", "双方",
            "一方", "各方", "陈述", "相关", "提出", "支付", "符合", "居住", "韩总", "强奸", "商量", "利用", "曾经", "应当", "应该", "应予", "时任", "时许",
            "时至", "同时", "高于", "马上", "明知", "方面", "方式", "时间", "关于", "于是", "常常", "许多", "任何", "任意", "计算", "管理", "司法", "公安",
            "公诉", "全部", "全体", "宁可", "原审", "车辆", "连续", "代理", "申请", "经过", "当庭", "向本", "于同", "和解", "强迫", "强制", "伍佰", "万元",
            "陆续", "周某", "李某", "同意", "项目", "范围", "施工", "简易", "左右", "上述", "上诉", "伍仟", "陆仟", "柒仟", "万一", "邓小平", "毛泽东",
            "习近平", "江泽民", "胡锦涛");
    /** Two-character words that are also plausible names: replaced only as a word of their own. */
    private static final Set<String> COMMON_WORDS = Set.of(
            "高明", "高兴", "高峰", "高山", "高新", "高层", "高额", "高价", "文明", "明天", "明白", "明亮", "明星", "金山", "江山", "方向", "方便", "方正",
            "方法", "白云", "白色", "黄色", "黄河", "常青", "常年", "常委", "安康", "平安", "和平", "万里", "向阳", "江南", "海洋", "海关", "云南", "宁静",
            "林业", "程度", "关心", "关系", "关键", "温和", "温暖", "夏天", "田园", "田地", "童年", "马路", "马车", "钱财", "钱款", "成本", "成都", "成果",
            "华南", "华北", "房屋", "房产", "车主", "车费", "黎明", "晨光", "季度", "史上", "谷物", "汤圆", "毛衣", "严重", "严格", "齐全", "包装", "封闭",
            "康复", "孔雀", "邱陵", "武装", "武器", "易燃", "乔装", "金属", "金融", "石油", "石材", "叶片", "梁柱", "时候", "时期", "文化", "明显", "高度",
            "高速", "安全", "平时", "成立", "成功", "成年", "明确", "龙头", "黄金", "石头", "白天", "向前", "金额", "程序", "文书", "单位", "包括");

    private PersonFinder() {}

    static Map<String, Found> find(String text) {
        return find(text, Set.of());
    }

    /**
     * Persons named in the text. Runs the role scan twice: the first pass only collects names with
     * clear boundaries (张三，男 / 被告人张建、张小春犯); the second pass prefers those known names
     * (and the given seed names, e.g. from the party list) over guessing the length of a name
     * in running text (被告人田伟帮被害人 → 田伟).
     */
    static Map<String, Found> find(String text, Set<String> seeds) {
        // names are read from the detection copy (widths folded, invisible characters dropped): one name however it is
        // written
        String s = TextNormalizer.normalize(text);
        Set<String> known = new java.util.HashSet<>();
        seeds.forEach(k -> known.add(TextNormalizer.normalize(k)));
        // the role words are found once (one pass of the trie) and read by both passes
        java.util.List<RoleWords.Match> roles = RoleWords.all(s);
        scanRoles(s, roles, known, new LinkedHashMap<>(), true);
        Map<String, Found> found = new LinkedHashMap<>();
        scanRoles(s, roles, known, found, false);
        dropExtendedNames(found, s);
        Matcher aside = ASIDE.matcher(s);
        while (aside.find()) {
            int end = aside.start();
            for (int len = 3; len >= 2; len--) {
                int start = end - len;
                if (start < 0 || !Surnames.startsWithSurname(s, start) || !allHan(s, start, end)) {
                    continue;
                }
                char prev = start > 0 ? s.charAt(start - 1) : '，';
                boolean leftOk = !isHan(prev) || BEFORE_NAME.indexOf(prev) >= 0 || "同人".indexOf(prev) >= 0;
                String name = s.substring(start, end);
                if (leftOk && !MASKED.matcher(name).find() && !NOT_NAMES.contains(name)) {
                    found.computeIfAbsent(s.substring(start, end), n -> new Found(n, start))
                            .roles
                            .add(Role.OTHER);
                    break;
                }
            }
        }
        return found;
    }

    private static void scanRoles(
            String s,
            java.util.List<RoleWords.Match> roles,
            Set<String> known,
            Map<String, Found> found,
            boolean confidentOnly) {
        for (RoleWords.Match m : roles) {
            Role role = Role.WORDS.get(m.word());
            int pos = skipQualifiers(s, m.end());
            while (pos < s.length()) {
                int len = knownAt(s, pos, known);
                int guessed = nameAt(s, pos, role != Role.OTHER, confidentOnly);
                if (len == 0 || (guessed > len && clearEnd(s, pos + guessed))) {
                    len = guessed;
                }
                if (len == 0) {
                    break;
                }
                if (len > 0) {
                    String name = s.substring(pos, pos + len);
                    if (confidentOnly) {
                        known.add(name);
                    } else {
                        int at = pos;
                        Found f = found.computeIfAbsent(
                                name, n -> new Found(n, at)); // the first mention is fixed by the caller
                        f.roles.add(role);
                        f.mentions++;
                        f.clear |= clearEnd(s, pos + len);
                        f.strong |= STRONG_INTRO
                                .matcher(s.substring(pos + len, Math.min(s.length(), pos + len + 12)))
                                .find();
                        if (role == Role.AGENT && lawyerAfter(s, pos + len)) {
                            f.lawyer = true;
                        }
                        known.add(name);
                    }
                }
                int end = pos + Math.abs(len);
                if (end < s.length() && s.charAt(end) == '、') {
                    pos = end + 1;
                } else {
                    break;
                }
            }
        }
    }

    private static boolean clearEnd(String s, int end) {
        return end >= s.length()
                || HARD.indexOf(s.charAt(end)) >= 0
                || STRONG_INTRO
                        .matcher(s.substring(end, Math.min(s.length(), end + 12)))
                        .find();
    }

    /** Length of the longest known name starting at pos (0 if none). */
    private static int knownAt(String s, int pos, Set<String> known) {
        // one lookup per length instead of a pass over every known name: linear with thousands of names
        for (int len = Math.min(MAX_KNOWN, s.length() - pos); len > 0; len--) {
            if (known.contains(s.substring(pos, pos + len)) && !orgAfter(s, pos + len)) {
                return len;
            }
        }
        return 0;
    }

    /** The longest name looked up as known (a dotted or Latin name with its parts). */
    private static final int MAX_KNOWN = 40;

    /** Drops 田伟帮 when 田伟 is also a name and 田伟帮 was only guessed in running text. */
    private static void dropExtendedNames(Map<String, Found> found, String text) {
        found.values()
                .removeIf(x -> !x.strong
                        && !x.clear
                        && x.name.length() > 1
                        && found.containsKey(x.name.substring(0, x.name.length() - 1)));
    }

    /** Skips "（原审被告人）", ":" and "自报" between a role word and the name. */
    private static int skipQualifiers(String s, int pos) {
        if (pos < s.length() && (s.charAt(pos) == '(' || s.charAt(pos) == '（')) {
            int close = pos + 1;
            while (close < s.length()
                    && close - pos < 16
                    && s.charAt(close) != ')'
                    && s.charAt(close) != '）'
                    && s.charAt(close) != '。') {
                close++;
            }
            if (close < s.length() && (s.charAt(close) == ')' || s.charAt(close) == '）')) {
                pos = close + 1;
            }
        }
        if (pos < s.length() && (s.charAt(pos) == ':' || s.charAt(pos) == '：')) {
            pos++;
        }
        for (String w : new String[] {"自报", "自称", "暨"}) {
            if (s.startsWith(w, pos)) {
                pos += w.length();
            }
        }
        return pos;
    }

    /**
     * Length of a person name starting at pos; negative length for an already-masked name (to be
     * skipped in a list); 0 when there is none.
     */
    static int nameAt(String s, int pos, boolean afterRole, boolean confidentOnly) {
        String rest = s.substring(pos, Math.min(s.length(), pos + 40));
        Matcher masked = MASKED.matcher(rest);
        if (masked.find()
                && (masked.end() >= rest.length()
                        || !isHan(rest.charAt(masked.end()))
                        || masked.group().contains("某")
                        || endsAt(rest, masked.end())
                        || !clearEnd(rest, masked.end() + 1))) {
            return -masked.end(); // 张某, 李×1, 曹0, 唐甲 (but 唐甲文，男 is a name)
        }
        Matcher dotted = DOTTED.matcher(rest);
        if (dotted.find()) {
            return dotted.end();
        }
        Matcher latin = LATIN.matcher(rest);
        if (latin.find() && afterRole && !latin.group().matches("(?i)x+")) {
            return latin.end();
        }
        boolean surname = Surnames.startsWithSurname(rest, 0);
        int best = 0;
        double bestScore = 0;
        for (int len = 2; len <= 4 && len <= rest.length(); len++) {
            if (!allHan(rest, 0, len)) {
                break;
            }
            String cand = rest.substring(0, len);
            boolean strong = STRONG_INTRO.matcher(rest.substring(len)).find();
            int surnameLen = Surnames.surnameLength(cand);
            if (!strong && (!surname || len - surnameLen > 2 || len - surnameLen < 1)) {
                continue;
            }
            if (WEAK_SURNAMES.indexOf(cand.charAt(0)) >= 0
                    && surnameLen == 1
                    && !strong
                    && !(len == rest.length() || HARD.indexOf(rest.charAt(len)) >= 0)
                    && !CONFIDENT_CONTINUATION.matcher(rest.substring(len)).find()) {
                continue; // 向原告, 应承担, 方出具: a weak surname needs a clear end
            }
            if (COMMON_WORDS.contains(cand)
                    && !strong
                    && !SPEECH_AFTER.matcher(rest.substring(len)).find()) {
                continue; // 单位, 房屋 … after a role word are words, unless introduced as a person (被告高明，男 / 被告高明称)
            }
            if (NOT_NAMES.contains(cand)
                    || NOT_NAMES.contains(cand.substring(0, 2))
                    || orgAfter(rest, len)
                    || hasNonNameChar(cand)
                    || ORG_END.matcher(cand).find()) {
                continue;
            }
            double score;
            if (strong) {
                score = 5;
            } else if (len == rest.length() || HARD.indexOf(rest.charAt(len)) >= 0) {
                score = 2;
            } else if (CONFIDENT_CONTINUATION.matcher(rest.substring(len)).find()) {
                score = 1.8;
            } else if (CONTINUATION.matcher(rest.substring(len)).find() && !confidentOnly) {
                score = 1.5;
            } else {
                continue;
            }
            if (FUNCTION_END.indexOf(cand.charAt(len - 1)) >= 0) {
                if (confidentOnly) {
                    continue;
                }
                score -= 2;
            }
            if (len >= 3 && SPLIT_WORD.matcher(rest.substring(len - 1)).find()) {
                score -= 1; // 张建伙同 is 张建 + 伙同
            }
            score += len == 3 ? 0.3 : len == 2 ? 0.2 : 0;
            if (score > bestScore) {
                bestScore = score;
                best = len;
            }
        }
        return best;
    }

    private static boolean endsAt(String rest, int at) {
        return at >= rest.length()
                || HARD.indexOf(rest.charAt(at)) >= 0
                || CONTINUATION.matcher(rest.substring(at)).find();
    }

    /** Whether the clause after a name shows a lawyer or legal-service worker (…律师事务所律师). */
    static boolean lawyerAfter(String s, int from) {
        int end = from;
        while (end < s.length()
                && end - from < 60
                && s.charAt(end) != '。'
                && s.charAt(end) != '；'
                && s.charAt(end) != '\n') {
            end++;
        }
        String clause = s.substring(from, end);
        RoleWords.Match nextRole = RoleWords.next(clause, 0, clause.length());
        if (nextRole != null
                && !nextRole.word().contains("律师")
                && !nextRole.word().contains("法律服务")) {
            clause = clause.substring(0, nextRole.start());
        }
        return clause.contains("律师") || clause.contains("法律服务") || clause.contains("法律工作者") || clause.contains("法律援助");
    }

    static boolean isHan(char c) {
        return c >= '\u4e00' && c <= '\u9fa5';
    }

    static boolean allHan(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isHan(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a name ending here is the start of an organisation name (张三丰商贸有限公司). */
    static boolean orgAfter(CharSequence s, int end) {
        int limit = Math.min(s.length(), end + 16);
        if (!anyOf(s, end, limit, ORG_LAST)) {
            return false; // every organisation suffix of ORG_AFTER ends with one of these (issue 16: a cheap test
            // first)
        }
        Matcher m = ORG_AFTER.matcher(s.subSequence(end, limit));
        if (!m.find()) {
            return false;
        }
        String between = m.group(1) != null
                ? m.group(1)
                : m.group(3) != null ? m.group(3) : m.group(5); // 药/酒/茶… shops are the third form
        for (char c : between.toCharArray()) {
            if (NOT_IN_ORG_NAME.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Characters that practically never occur in a given name (陈述, 左眼, 向本院, 强奸罪). */
    private static final String NEVER_IN_GIVEN = "述眼院罪救部量续适即总提支符互用住居某×的了着过们这那么吗呢吧啊被把将从向于对给让诉审判称款年号条项告报到其第两后内需取未购递名";

    private static boolean hasNonNameChar(String cand) {
        for (int i = Surnames.surnameLength(cand); i < cand.length(); i++) {
            if (NEVER_IN_GIVEN.indexOf(cand.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static boolean isCommonWord(String s) {
        return COMMON_WORDS.contains(s) || NOT_NAMES.contains(s);
    }

    static boolean continuationOrEnd(String s, int at) {
        return at >= s.length()
                || HARD.indexOf(s.charAt(at)) >= 0
                || Character.isDigit(s.charAt(at))
                || CONTINUATION
                        .matcher(s.substring(at, Math.min(s.length(), at + 6)))
                        .find();
    }
}
