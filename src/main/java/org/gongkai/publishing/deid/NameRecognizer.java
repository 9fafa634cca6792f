package org.gongkai.publishing.deid;

import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.corpus.dictionary.item.EnumItem;
import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.utility.Predefine;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.courts.Causes;
import org.gongkai.courts.Charges;
import org.gongkai.courts.Court;
import org.gongkai.courts.CourtDirectory;

/**
 * Finds natural persons named anywhere in running text, also without a role word (与霍兵发生纠纷,
 * 经张丽华介绍, 其与丈夫何祖君共同购买), so that "mask every natural person" (spec 1.4) does not
 * depend on how a clerk introduced the person.
 *
 * <h2>How</h2>
 * The statistical person-name recogniser of HanLP (portable 1.8.6: Viterbi segmentation with role
 * tagging over its person-name dictionary; the perceptron and CRF models are not in the portable
 * jar) proposes words tagged {@code nr}. A proposal counts only with evidence, because a wrong one
 * damages the text everywhere it occurs (a common word becomes 某):
 * <ul>
 * <li>a Chinese surname ({@link Surnames}) that is a surname in at least 15 % of its uses in
 * HanLP's person-name corpus (not 时, 向, 海), followed by a given name of one or two characters
 * that are given-name characters more often than the words around names (霍兵, not 车来 or 方式为);</li>
 * <li>a word boundary on both sides: punctuation, a linking word (与, 经, 给 …), a role or kinship
 * word, or a neighbouring word that HanLP tags as a verb, preposition or conjunction;</li>
 * <li>not an already-masked form (张某, 李×1, 曹0, 唐甲), not a dictionary word (高明, 黄金) or a
 * word glued to its neighbour (钱|数额, 收储|和), not a surname with a title (王经理, 毛主席), not a
 * place (伊通, 桂林 — every division named in the court table; 龙藏村, 黄金港) or the start of an
 * organisation name (王小二五金店), not after a digit (14时许).</li>
 * </ul>
 * Causes of action, criminal charges and a few legal terms are given to the segmenter as words, so
 * that 交通肇事罪 or 林权 is not cut into a name. Transliterated (nrf) and Japanese (nrj) proposals
 * are not used: on the real judgments they were car models and drug names; minority and foreign
 * names written with a middle dot (阿以古丽·艾买尔) are found by their shape instead. When two
 * proposals overlap (高敏|来到 and 高敏、), the name that somewhere stands before punctuation wins.
 *
 * <h2>Kept persons</h2>
 * A proposal right after a role word of a kept person (审判长, 书记员, 检察员, 律师, 法定代表人 …; also
 * in a list after it, and with spaces inside the role word as in signature lines "审　判　长　李明"),
 * before 律师/法官/检察官, or after 辩护人 / 代理人 with a law firm in its clause, is returned as
 * kept: the caller protects it instead of masking it (rule 1.4).
 *
 * <h2>Resources</h2>
 * The model is loaded once, lazily and thread-safely (holder class), from the jar only: HanLP reads
 * its dictionaries through its classpath adapter and writes no cache file; its console logging is
 * switched off. A model that cannot be loaded is an error, not a silent fallback to the rules, so
 * that no text is published with weaker name detection than intended.
 */
final class NameRecognizer {
    /** One mention of a person in the text; {@code kept} when its context shows a kept person (rule 1.4). */
    record Mention(String name, int start, int end, boolean kept) {}

    private NameRecognizer() {}

    /** Loads HanLP once, on first use (the JVM runs the holder's initialiser exactly once). */
    private static final class Model {
        static final Segment SEGMENT;
        static final Set<String> PLACES;
        static final Set<String> LEGAL_WORDS;
        static final long LOAD_NANOS;
        static final Throwable FAILURE;

        static {
            long t0 = System.nanoTime();
            Segment segment = null;
            Set<String> places = Set.of();
            Set<String> legal = Set.of();
            Throwable failure = null;
            try {
                Predefine.logger.setLevel(Level.OFF); // HanLP logs dictionary loading to the console
                Set<String> divisions = new LinkedHashSet<>();
                places = placeStems(divisions);
                DynamicCustomDictionary words =
                        new DynamicCustomDictionary(CustomDictionary.DEFAULT.dat, new BinTrie<>(), null);
                legal = legalWords();
                for (String w : legal) {
                    addWord(words, w, Nature.nz);
                }
                for (String w : divisions) {
                    addWord(words, w, Nature.ns);
                }
                segment = new ViterbiSegment()
                        .enableCustomDictionary(words)
                        .enableNameRecognize(true)
                        .enablePlaceRecognize(true)
                        .enableOrganizationRecognize(false)
                        .enableTranslatedNameRecognize(false)
                        .enableJapaneseNameRecognize(false)
                        .enableOffset(true);
                List<Term> probe = segment.seg("经审理查明，被告人因琐事与霍兵发生纠纷。");
                if (probe.stream().noneMatch(t -> t.nature == Nature.nr && t.word.equals("霍兵"))
                        || PersonDictionary.dictionary.get("霍") == null) {
                    throw new IllegalStateException("HanLP person-name dictionary not loaded: " + probe);
                }
            } catch (Throwable e) {
                failure = e;
                segment = null;
            }
            SEGMENT = segment;
            PLACES = places;
            LEGAL_WORDS = legal;
            FAILURE = failure;
            LOAD_NANOS = System.nanoTime() - t0;
        }

        /** In the segmenter's own word list (not HanLP's shared one, which other users would see). */
        private static void addWord(DynamicCustomDictionary words, String w, Nature nature) {
            if (words.dat.get(w) == null) {
                words.trie.put(w, new CoreDictionary.Attribute(nature, 1000));
            }
        }
    }

    /** Time the model took to load (loads it if needed), in milliseconds. */
    static double loadMillis() {
        segment();
        return Model.LOAD_NANOS / 1e6;
    }

    private static Segment segment() {
        if (Model.SEGMENT == null) {
            throw new IllegalStateException("人名识别模型无法加载 (HanLP person-name recogniser unavailable)", Model.FAILURE);
        }
        return Model.SEGMENT;
    }

    /** Charges, causes of action (with their parts between 、) and legal terms as words for the segmenter. */
    private static Set<String> legalWords() {
        Set<String> words = new LinkedHashSet<>();
        List<String> names = new ArrayList<>(Charges.standard().all());
        Causes causes = Causes.standard();
        for (String version : causes.versions()) {
            causes.all(version).forEach(c -> names.add(c.name()));
        }
        for (String name : names) {
            words.add(name);
            for (String part : name.split("[、，,]")) {
                if (part.length() >= 2) {
                    words.add(part);
                }
            }
        }
        words.addAll(List.of(
                "刑事诉讼法", "民事诉讼法", "行政诉讼法", "刑法", "民法典", "合同法", "婚姻法", "继承法", "物权法", "侵权责任法", "道路交通安全法", "劳动合同法", "担保法",
                "治安管理处罚法", "公诉机关", "辩护意见", "代理意见", "到庭参加诉讼", "初字第", "终字第", "林权", "林权证", "林木", "林地", "代位求偿", "代位求偿权",
                "农商行", "农商银行", "车籍", "车主", "钱款", "钱财"));
        return words;
    }

    /** The ethnic groups named in autonomous divisions (伊通满族自治县 → 伊通). */
    private static final String ETHNIC_GROUPS =
            "(?:满|蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土"
                    + "|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|普米|塔吉克|怒|鄂温克|裕固|保安|独龙|鄂伦春)族";

    /**
     * Names of the divisions in the court table (桂林市, 伊通满族自治县) into {@code divisions}, and
     * their stems without the division word and ethnic qualifier (桂林, 伊通), returned: a stem is
     * a place, not a person, when the recogniser proposes it.
     */
    private static Set<String> placeStems(Set<String> divisions) {
        Set<String> stems = new HashSet<>();
        Pattern part = Pattern.compile(".+?(?:特别行政区|自治区|自治州|自治县|自治旗|林区|地区|省|市|州|盟|县|区|旗)");
        for (Court court : CourtDirectory.standard().all()) {
            String name = court.name().replaceAll("(?:高级|中级)?人民法院.*$", "");
            Matcher m = part.matcher(name);
            while (m.find()) {
                String division = m.group();
                divisions.add(division);
                String stem = division.replaceAll("(?:特别行政区|自治区|自治州|自治县|自治旗|林区|地区|省|市|州|盟|县|区|旗)$", "")
                        .replaceAll("(?:" + ETHNIC_GROUPS + ")+$", "");
                if (stem.length() >= 2) {
                    stems.add(stem);
                }
            }
        }
        return stems;
    }

    // ---- evidence -------------------------------------------------------------------------------

    /** Characters that practically never occur in a given name: function words, measures, time, legal words. */
    private static final String NOT_IN_GIVEN = "的了着过们这那么吗呢吧啊被把将从于对给让诉审判称款年日时分秒号条项告报到其第两后内需取未购递名"
            + "述眼院罪救部量续适即总提支符互用住居某×在是与及或也都就还又已再并等个些次件钱斤克吨辆台份间处人所以而但如若"
            + "说讲问叫去里外左右上下每各该本此无没不非字堆检鉴数予之";
    /** A mask an earlier system left (张某, 李×1, 曹0, 张x1) starts right after the candidate. */
    private static final Pattern MASK_AFTER = Pattern.compile("^(?:某|×|[xX*＊]|\\d|[０-９])");
    /** A single character right after a candidate that shows a place, organisation or thing (昌州大道, 黄竹村). */
    private static final String PLACE_AFTER = "区县市省州镇乡村屯庄寨堡湾沟港路街巷道桥园苑楼厂店场馆站局队社坊";
    /** Last characters of places and firms rather than of given names (龙藏村, 黄金港, 农商行, 袁家坪). */
    private static final String PLACE_FINAL = PLACE_AFTER + "家行坪坝坡洼峪岔垭塘圩";

    private static final Pattern WORD_AFTER =
            Pattern.compile("^(?:公司|集团|银行|大学|中学|小学|学校|医院|酒店|宾馆|饭店|大道|花园|小区|广场|大厦|检|法院|公安|派出所|镇政府|村委|有限|商行|超市|牌)");
    /** A surname with a title or form of address is not a name (王经理, 毛主席, 海哥, 马仔). */
    private static final Pattern TITLE =
            Pattern.compile("^(?:先生|女士|小姐|经理|老板|老总|师傅|主席|总理|书记|主任|局长|处长|科长|所长|院长|校长|厂长|村长|乡长|镇长|县长|市长|省长|部长"
                    + "|队长|组长|站长|老师|医生|警官|律师|法官|同志|大爷|大妈|阿姨|大姐|大哥|会计|总监|总|哥|姐|叔|伯|婶|嫂|爷|奶|娘|妈|仔|某)$");
    /**
     * Surnames that are everyday words in judgments (钱 money, 车 car, 林 forest, 门 door, 曾 once …):
     * a name with one of them needs a clean left edge: punctuation, 与/给/经…, a role or kinship word
     * (的钱数, 以房换地, 把右门关好, 生前曾立有遗嘱 are not names).
     */
    private static final String NOUN_SURNAMES = "钱车林金田石花白文方牛门江房包米曾于向单";
    /** Compound surnames that are not also everyday words (东方, 西门, 百里, 第五 are left out). */
    private static final Set<String> COMPOUND_SURNAMES = Set.of(
            "欧阳", "司马", "诸葛", "上官", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "钟离", "端木", "独孤", "南宫", "呼延",
            "拓跋", "完颜", "纳兰", "耶律", "澹台", "闻人", "申屠");
    /** A numeral and a measure or time word is not a given name (迟|一天, 张|三次). */
    private static final Pattern NUMBER_GIVEN = Pattern.compile("^[一二三四五六七八九十两几半][天年月日周个次件块元斤遍趟名人份笔辆方]$");
    /** After a quoted candidate, a word that shows a brand, product or business (“欧曼”牌, “兰铁”招待所). */
    private static final Pattern PRODUCT_AFTER_QUOTE =
            Pattern.compile("^[”\"'’」』](?:牌|品牌|商标|系列|产品|型号|保险|两全保险|招待所|宾馆|酒店|饭店|餐馆|发廊|超市|商店|公司|的执行器|经营)");
    /** Words after a name that only a person takes (以林英坚名义, 登记在钱某某名下). */
    private static final Pattern PERSON_AFTER = Pattern.compile("^(?:名义|名下|的名义|的名字|本人|夫妇|之妻|之夫|之子|之女|之父|之母)");
    /** Linking characters after which a name begins (与霍兵, 经张丽华, 给刘建国), beyond {@link PersonFinder#BEFORE_NAME}. */
    private static final String LINK_BEFORE = "付借欠告诉问骂打踢撞伤杀抢骗偷送交拉带载搭约雇请找随陪";
    /** Linking characters that introduce a person (与霍兵, 经张丽华): a clean left edge for 钱/车/林 names. */
    private static final String PERSON_LINK = "与和及同跟给向找让叫被经由为、";
    /** Kinship and social words directly before a name (丈夫何祖君, 朋友王某). */
    private static final String PERSON_NOUNS = "丈夫|妻子|老婆|老公|前夫|前妻|儿子|女儿|父亲|母亲|哥哥|弟弟|姐姐|妹妹|侄子|外甥|岳父|岳母|公公|婆婆|女婿|儿媳|"
            + "朋友|同学|同事|邻居|老板|经理|司机|员工|工人|男友|女友|亲戚|村民|业主|股东|老师|医生|民警|村长|书记|主任|网友|嫂子|姐夫|妹夫|叔叔|舅舅|阿姨|爷爷|奶奶|外公|外婆|"
            + "妈妈|爸爸|我妈|我爸|媳妇|对象|男朋友|女朋友|表哥|表弟|表姐|表妹|堂哥|堂弟|小孩|孩子|生父|生母|继父|继母|养父|养母|长子|次子|幼子|长男|次男|长女|次女|满子|"
            + "介绍人|见证人|借款人|出借人|受让人|购买人|承包人|发包人|投资人|代书人|调解人|经营者|车主|户名为|名为|叫";

    private static final Pattern PERSON_NOUN_BEFORE = Pattern.compile("(?:" + PERSON_NOUNS + ")$");
    /** Role words of persons who are not masked (rule 1.4): court staff, prosecutors, lawyers, legal representatives. */
    private static final List<String> KEEP_ROLE_WORDS = Role.WORDS.entrySet().stream()
            .filter(e -> e.getValue() == Role.KEEP)
            .map(Map.Entry::getKey)
            .toList();

    private static final String KEEP_WORDS =
            String.join("|", KEEP_ROLE_WORDS.stream().map(Pattern::quote).toList());
    /** After a kept role, also in a list after it (检察员麦雪良及陈建平) or after 为/是 (法定代表人为朱晓光). */
    private static final Pattern KEEP_BEFORE =
            Pattern.compile("(?:" + KEEP_WORDS + ")(?:为|是|系)?[:：]?(?:[\\u4e00-\\u9fa5]{2,4}(?:、|及|和)){0,3}$");

    private static final List<String> AGENT_ROLE_WORDS = Role.WORDS.entrySet().stream()
            .filter(e -> e.getValue() == Role.AGENT)
            .map(Map.Entry::getKey)
            .toList();
    private static final Pattern AGENT_BEFORE = Pattern.compile("(?:"
            + String.join("|", AGENT_ROLE_WORDS.stream().map(Pattern::quote).toList()) + ")[:：]?$");
    /**
     * The last characters of the agent role words (人): text that ends with none of them, after an optional
     * colon, cannot end with an agent role word, and {@link #AGENT_BEFORE} is not tried (issue 16).
     */
    private static final String AGENT_LAST = lastCharacters(AGENT_ROLE_WORDS);

    private static String lastCharacters(List<String> words) {
        return words.stream().map(w -> w.substring(w.length() - 1)).distinct().reduce("", String::concat);
    }
    /** The last characters of the words of {@link #PERSON_NOUN_BEFORE}: the pattern is tried only before one of them. */
    private static final String PERSON_NOUN_LAST = lastCharacters(List.of(PERSON_NOUNS.split("\\|")));

    private static final Pattern KEPT_TITLE_AFTER = Pattern.compile("^(?:律师|法官|检察官|审判员|书记员)");
    private static final Pattern INVISIBLE_OR_SPACE =
            Pattern.compile("[\\s\\u200b-\\u200f\\u2060\\ufeff\\u00ad\\u3000]+");
    /** The middle dot of a minority or transliterated foreign name (阿以古丽·艾买尔). */
    private static final Pattern NAME_DOT = Pattern.compile("(?<=[\\u4e00-\\u9fa5])[·•・‧](?=[\\u4e00-\\u9fa5])");

    private static final Pattern NOT_A_DOTTED_NAME =
            Pattern.compile("某|×|城|园|苑|府|湾|中心|新闻|项目|广场|花园|公馆|大厦|家饰|名著|经典|系列|国际|财经|公司");

    /**
     * Persons the recogniser finds in the text, in order of appearance. Mentions that overlap a
     * mention of a name in {@code known} (found by the rules or the party list, organisations
     * included) are left out: the rules decide for those.
     */
    static List<Mention> find(String text, Set<String> known) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Term> terms = segment().seg(text);
        List<Mention> proposals = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).nature != Nature.nr && !COMPOUND_SURNAMES.contains(terms.get(i).word)) {
                continue;
            }
            Mention best = null;
            int bestScore = 0;
            for (int[] span : alternatives(text, terms, i)) {
                Mention m = judge(text, terms, span[0], span[1], span[2] == 1);
                if (m != null) {
                    int score = (clearEnd(text, m.end()) ? 10 : 0) + m.name().length();
                    if (score > bestScore) {
                        best = m;
                        bestScore = score;
                    }
                }
            }
            if (best != null) {
                proposals.add(best);
            }
        }
        proposals.addAll(dottedNames(text, terms));
        return resolve(text, proposals, known);
    }

    /**
     * Adds the persons the recogniser finds to the rules' result: a new name as {@link Role#OTHER}
     * (masked under "mask every natural person"), or as {@link Role#KEEP} when a mention stands
     * after a kept role. Names the rules or the party list already hold are left to them.
     */
    static void addTo(String text, Map<String, PersonFinder.Found> found, Set<String> organisations) {
        Set<String> known = new HashSet<>(found.keySet());
        known.addAll(organisations);
        for (Mention m : find(text, known)) {
            PersonFinder.Found f = found.computeIfAbsent(m.name(), n -> new PersonFinder.Found(n, m.start()));
            f.roles.add(m.kept() ? Role.KEEP : Role.OTHER);
            f.mentions++;
        }
        // a name kept once (检察员单强) is one kept person, not also a masked one
        found.values().forEach(f -> {
            if (f.roles.contains(Role.KEEP) && f.roles.contains(Role.OTHER) && f.roles.size() == 2) {
                f.roles.remove(Role.OTHER);
            }
        });
    }

    /**
     * The span HanLP tagged, repairs of a linking character glued to a surname (经张|丽华 → 张丽华),
     * and a name cut one character short (王倩|倩 → 王倩倩).
     */
    private static List<int[]> alternatives(String text, List<Term> terms, int i) {
        Term t = terms.get(i);
        int s = t.offset;
        int e = s + t.word.length();
        List<int[]> out = new ArrayList<>();
        if (t.nature != Nature.nr) { // 欧阳|振华: HanLP tags a compound surname and its given name as two words
            if (i + 1 < terms.size()
                    && terms.get(i + 1).word.length() <= 2
                    && PersonFinder.allHan(
                            terms.get(i + 1).word, 0, terms.get(i + 1).word.length())) {
                out.add(new int[] {s, e + terms.get(i + 1).word.length(), 0});
            }
            return out;
        }
        out.add(new int[] {s, e, 0});
        if (e - s == 2
                && e < text.length()
                && PersonFinder.isHan(text.charAt(e))
                && NOT_IN_GIVEN.indexOf(text.charAt(e)) < 0) {
            out.add(new int[] {s, e + 1, 1});
        }
        char first = text.charAt(s);
        if (e - s >= 2
                && (PersonFinder.BEFORE_NAME.indexOf(first) >= 0
                        || LINK_BEFORE.indexOf(first) >= 0
                        || !Surnames.startsWithSurname(text, s))
                && Surnames.startsWithSurname(text, s + 1)) {
            int s2 = s + 1;
            if (e - s2 >= 2) {
                out.add(new int[] {s2, e, 0});
            }
            if (i + 1 < terms.size()) { // 经张|丽华: the given name went to the next word
                Term next = terms.get(i + 1);
                int e2 = next.offset + next.word.length();
                if (next.word.length() <= 2 && e2 - s2 <= 3 && PersonFinder.allHan(text, s2, e2)) {
                    out.add(new int[] {s2, e2, 0});
                }
            }
        }
        return out;
    }

    /** The mention when the span [s, e) is a person by the evidence above, else null. */
    private static Mention judge(String text, List<Term> terms, int s, int e, boolean extended) {
        if (e - s < 2 || e - s > 4 || e > text.length() || !PersonFinder.allHan(text, s, e)) {
            return null;
        }
        String name = text.substring(s, e);
        if (!Surnames.startsWithSurname(name, 0) || name.charAt(0) == '那') { // 那 is "that" (那男子, 那小伙)
            return null;
        }
        int surname = Surnames.surnameLength(name);
        String given = name.substring(surname);
        if (given.isEmpty()
                || given.length() > 2
                || TITLE.matcher(given).find()
                || NUMBER_GIVEN.matcher(given).find()) {
            return null;
        }
        for (char c : given.toCharArray()) {
            if (NOT_IN_GIVEN.indexOf(c) >= 0) {
                return null;
            }
        }
        if (PLACE_FINAL.indexOf(name.charAt(name.length() - 1)) >= 0
                || "甲乙丙丁戊己庚辛".indexOf(given.charAt(0)) >= 0
                || name.equals("丁方")) {
            return null; // 龙藏村, 黄金港; 唐甲 (an old-style mask, also in 唐甲|伙同); 丁方 (party D of a contract)
        }
        String after = text.substring(e, Math.min(text.length(), e + 4));
        if (MASK_AFTER.matcher(after).find()) {
            return null;
        }
        if (s > 0 && Character.isDigit(text.charAt(s - 1))) {
            return null; // 14时许, 2000余元
        }
        if (PersonFinder.isCommonWord(name)
                || isDictionaryWord(name)
                || Model.PLACES.contains(name)
                || !nameStatistics(name, surname)) {
            return null;
        }
        if (given.length() == 1 && e < text.length() && isDictionaryWord(text.substring(e - 1, e + 1))) {
            return null; // 钱|数额: the given name is the start of the next word
        }
        if (s > 0 && isDictionaryWord(text.substring(s - 1, s + 1))) {
            return null; // 收储|和: the surname is the end of the word before
        }
        if (given.length() == 2
                && (isWordOf(given, 100, 'v', 'd', 'p', 'c')
                        || isWordOf(given, 150, 'n', 'a', 'v', 'd')
                        || isWordOf(given, 20, 's', 'f', 't', 'm')
                        || isWordOf(name.substring(0, surname + 1), 8, 'n', 'a', 'v', 'd', 's', 'f', 't')
                        || Model.LEGAL_WORDS.contains(name.substring(0, surname + 1)))) {
            return null; // 李|进行, 包|安全, 刘|家中, 迟|一天; 方式|统, 安全|科, 林木|运
        }
        if (extended && e < text.length() && isDictionaryWord(text.substring(e - 1, e + 1))) {
            return null; // 陆文|承担: the added character starts the next word
        }
        if (!after.isEmpty() && PLACE_AFTER.indexOf(after.charAt(0)) >= 0
                || WORD_AFTER.matcher(after).find()
                || PersonFinder.orgAfter(text, e)
                || PRODUCT_AFTER_QUOTE
                        .matcher(text.substring(e, Math.min(text.length(), e + 6)))
                        .find()) {
            return null;
        }
        if (!leftBoundary(text, terms, s) || !rightBoundary(text, terms, e)) {
            return null;
        }
        if (NOUN_SURNAMES.indexOf(name.charAt(0)) >= 0
                && surname == 1
                && !cleanLeft(text, s)
                && !PERSON_AFTER.matcher(after).find()) {
            return null; // 的钱数, 以房换地, 右门关好, 曾立有 (but 以林英坚名义)
        }
        return new Mention(name, s, e, keptByContext(text, s, e));
    }

    /**
     * Evidence from the counts of HanLP's person-name dictionary (how often a character was a
     * surname, a given-name character or the context of a name in its training corpus): the
     * surname is a surname at least 15 % of the time (not 时, 向, 海, 强 …), and each given-name
     * character is more often a given-name character than a word before or after a name.
     */
    private static boolean nameStatistics(String name, int surnameLength) {
        if (surnameLength == 1) {
            int b = count(name.substring(0, 1), NR.B);
            if (b < 20 || b < 0.15 * total(name.substring(0, 1))) {
                return false;
            }
        }
        String given = name.substring(surnameLength);
        if (given.length() == 1) {
            int single = count(given, NR.E);
            return single >= 20 && single >= 2 * (context(given) + 1);
        }
        String g1 = given.substring(0, 1);
        String g2 = given.substring(1);
        double first = (double) count(g1, NR.C) / (context(g1) + 1);
        double second = (double) count(g2, NR.D) / (context(g2) + 1);
        return count(g1, NR.C) >= 5 && count(g2, NR.D) >= 5 && first >= 0.25 && second >= 0.25 && first * second >= 0.3;
    }

    private static int count(String c, NR role) {
        EnumItem<NR> item = PersonDictionary.dictionary.get(c);
        return item == null ? 0 : item.getFrequency(role);
    }

    /** Times the character stood before a name, after it, or between two names. */
    private static int context(String c) {
        return count(c, NR.K) + count(c, NR.L) + count(c, NR.M);
    }

    private static int total(String c) {
        EnumItem<NR> item = PersonDictionary.dictionary.get(c);
        return item == null
                ? 0
                : item.labelMap.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Whether the word is in HanLP's core dictionary, and never as a person name. */
    private static boolean isDictionaryWord(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return false;
        }
        for (Nature n : a.nature) {
            if (n == Nature.nr) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the word is in the core dictionary at least {@code minFrequency} times, mostly (80 %)
     * with a part of speech starting with one of {@code kinds} (v verb, s place, f direction …).
     */
    private static boolean isWordOf(String word, int minFrequency, char... kinds) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null || a.totalFrequency < minFrequency) {
            return false;
        }
        int matching = 0;
        for (int k = 0; k < a.nature.length; k++) {
            for (char kind : kinds) {
                if (a.nature[k].startsWith(kind) && a.nature[k] != Nature.nr) {
                    matching += a.frequency[k];
                    break;
                }
            }
        }
        return matching >= 0.8 * a.totalFrequency;
    }

    private static boolean clearEnd(String text, int e) {
        return e >= text.length() || PersonFinder.HARD.indexOf(text.charAt(e)) >= 0;
    }

    private static boolean cleanLeft(String text, int s) {
        if (s == 0) {
            return true;
        }
        char prev = text.charAt(s - 1);
        String before = text.substring(Math.max(0, s - 12), s);
        return (!PersonFinder.isHan(prev) && !Character.isDigit(prev))
                || PERSON_LINK.indexOf(prev) >= 0
                || PERSON_NOUN_LAST.indexOf(prev) >= 0
                        && PERSON_NOUN_BEFORE.matcher(before).find()
                || endsWithRole(before);
    }

    private static boolean leftBoundary(String text, List<Term> terms, int s) {
        if (cleanLeft(text, s)) {
            return true;
        }
        char prev = text.charAt(s - 1);
        if (PersonFinder.BEFORE_NAME.indexOf(prev) >= 0 || LINK_BEFORE.indexOf(prev) >= 0) {
            return true;
        }
        Term t = termEndingAt(terms, s);
        return t != null && opensClause(t.nature);
    }

    private static boolean rightBoundary(String text, List<Term> terms, int e) {
        if (PersonFinder.continuationOrEnd(text, e)) {
            return true;
        }
        Term t = termStartingAt(terms, e);
        return t != null && (isLinkingNature(t.nature) || t.nature == Nature.ude1 || t.nature == Nature.d);
    }

    private static boolean endsWithRole(String before) {
        return RoleWords.scanEndsAt(before, 0, before.length());
    }

    private static boolean isLinkingNature(Nature n) {
        return n.startsWith('v') || n.startsWith('p') || n.startsWith('c') || n == Nature.w;
    }

    /** Words after which a name may start a clause: linking words, time words (当晚) and directions (后). */
    private static boolean opensClause(Nature n) {
        return isLinkingNature(n) || n.startsWith('t') || n == Nature.f;
    }

    /** A word that stops a dotted name: verbs, prepositions, conjunctions, particles, numbers, punctuation. */
    private static boolean stopsName(Nature n) {
        return isLinkingNature(n)
                || n.startsWith('u')
                || n.startsWith('m')
                || n.startsWith('q')
                || n.startsWith('r')
                || n == Nature.d
                || n == Nature.f;
    }

    private static Term termEndingAt(List<Term> terms, int end) {
        int i = termIndexAt(terms, end - 1);
        return i >= 0 && terms.get(i).offset + terms.get(i).word.length() == end ? terms.get(i) : null;
    }

    private static Term termStartingAt(List<Term> terms, int start) {
        int i = termIndexAt(terms, start);
        return i >= 0 && terms.get(i).offset == start ? terms.get(i) : null;
    }

    /** Index of the term covering the character at {@code pos} (binary search over offsets), or -1. */
    private static int termIndexAt(List<Term> terms, int pos) {
        int lo = 0;
        int hi = terms.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Term t = terms.get(mid);
            if (pos < t.offset) {
                hi = mid - 1;
            } else if (pos >= t.offset + t.word.length()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /**
     * Names written with a middle dot in running text (阿以古丽·艾买尔占股份为… → 阿以古丽·艾买尔):
     * each part runs over whole words and stops at a verb, particle or role word; not inside a title
     * 《…》【…】 and not a project or product name (润源·橄榄城).
     */
    private static List<Mention> dottedNames(String text, List<Term> terms) {
        List<Mention> out = new ArrayList<>();
        Matcher dot = NAME_DOT.matcher(text);
        while (dot.find()) {
            int start = dot.start();
            int i = termIndexAt(terms, start - 1);
            while (i >= 0) {
                Term t = terms.get(i);
                if (!PersonFinder.allHan(t.word, 0, t.word.length())
                        || stopsName(t.nature)
                        || Role.WORDS.containsKey(t.word)
                        || dot.start() - t.offset > 8) {
                    break;
                }
                start = t.offset;
                i--;
            }
            int end = dot.end();
            while (end < text.length() && PersonFinder.isHan(text.charAt(end)) && end - dot.end() < 8) {
                Term t = termStartingAt(terms, end);
                if (end - dot.end() >= 2
                        && (PersonFinder.continuationOrEnd(text, end)
                                || t != null && (stopsName(t.nature) || Role.WORDS.containsKey(t.word)))) {
                    break;
                }
                end++;
            }
            if (start == dot.start() || end == dot.end()) {
                continue;
            }
            if (end < text.length()
                    && NAME_DOT.matcher(text).region(end, end + 1).lookingAt()) {
                continue; // a three-part name: its second dot starts the next match
            }
            if (start > 0
                    && (Character.isDigit(text.charAt(start - 1)) || "×xX某".indexOf(text.charAt(start - 1)) >= 0)) {
                continue;
            }
            String name = text.substring(start, end);
            if (!NOT_A_DOTTED_NAME.matcher(name).find() && !insideTitle(text, start)) {
                out.add(new Mention(name, start, end, keptByContext(text, start, end)));
            }
        }
        return out;
    }

    /** After a kept role word (spaces allowed inside it), before 律师/法官, or a defender/agent whose clause names a law firm. */
    private static boolean keptByContext(String text, int s, int e) {
        String before = withoutSpaces(text.substring(Math.max(0, s - 30), s));
        // the patterns are tried only where they can match (issue 16: they cost more than the rest of the check)
        if (containsAny(before, KEEP_ROLE_WORDS) && KEEP_BEFORE.matcher(before).find()) {
            return true;
        }
        if (KEPT_TITLE_AFTER
                .matcher(text.substring(e, Math.min(text.length(), e + 3)))
                .find()) {
            return true;
        }
        return endsWithOneOf(before, AGENT_LAST)
                && AGENT_BEFORE.matcher(before).find()
                && PersonFinder.lawyerAfter(text, e);
    }

    /** {@code s} without the characters of {@link #INVISIBLE_OR_SPACE} (itself when it has none). */
    private static String withoutSpaces(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' '
                    || c >= '\t' && c <= '\r'
                    || c >= '\u200b' && c <= '\u200f'
                    || c == '\u2060'
                    || c == '\ufeff'
                    || c == '\u00ad'
                    || c == '\u3000') {
                return INVISIBLE_OR_SPACE.matcher(s).replaceAll("");
            }
        }
        return s;
    }

    private static boolean containsAny(String s, List<String> words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the last character of {@code s}, or the one before a final colon, is one of {@code chars}. */
    private static boolean endsWithOneOf(String s, String chars) {
        int end = s.length();
        if (end > 0 && (s.charAt(end - 1) == ':' || s.charAt(end - 1) == '：')) {
            end--;
        }
        return end > 0 && chars.indexOf(s.charAt(end - 1)) >= 0;
    }

    /** Inside 《…》 or 【…】 (a title: 《恋家·家饰代理协议》). */
    private static boolean insideTitle(String text, int at) {
        for (int i = at - 1; i >= 0 && at - i < 40; i--) {
            char c = text.charAt(i);
            if (c == '》' || c == '】' || c == '。') {
                return false;
            }
            if (c == '《' || c == '【') {
                return true;
            }
        }
        return false;
    }

    /**
     * Keeps one reading where proposals overlap and drops mentions inside known names. Names are
     * taken in order: one that somewhere stands before punctuation first (高敏、 beats 高敏|来到),
     * then the longer (胡良波 beats 胡良|波及), then the more frequent; a mention overlapping an
     * occurrence of a name taken before, or of a known full name, is dropped, and so is a known
     * given name alone (文绘 of 刘文绘; 战文绘 is another person).
     */
    private static List<Mention> resolve(String text, List<Mention> proposals, Set<String> known) {
        Map<String, List<Mention>> byName = new LinkedHashMap<>();
        for (Mention m : proposals) {
            byName.computeIfAbsent(m.name(), n -> new ArrayList<>()).add(m);
        }
        List<String> order = new ArrayList<>(byName.keySet());
        order.sort(Comparator.comparing((String n) -> !standsClear(text, n))
                .thenComparing(n -> -n.length())
                .thenComparing(n -> -byName.get(n).size()));
        BitSet taken = new BitSet(
                text.length()); // characters inside an occurrence of a name taken before (linear, also for crafted
        // input)
        Set<String> knownGiven = new HashSet<>();
        for (String k : known) {
            addOccurrences(text, k, taken);
            String given = k == null ? null : Deidentifier.givenName(k);
            if (given != null) {
                knownGiven.add(given); // 文绘 of 刘文绘 is that person, but 战文绘 is another one
            }
        }
        List<Mention> out = new ArrayList<>();
        for (String name : order) {
            if (known.contains(name) || knownGiven.contains(name)) {
                continue;
            }
            List<Mention> kept = new ArrayList<>();
            for (Mention m : byName.get(name)) {
                int next = taken.nextSetBit(m.start());
                if (next < 0 || next >= m.end()) {
                    kept.add(m);
                }
            }
            if (!kept.isEmpty()) {
                out.addAll(kept);
                addOccurrences(text, name, taken);
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private static boolean standsClear(String text, String name) {
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            if (clearEnd(text, i + name.length())) {
                return true;
            }
        }
        return false;
    }

    private static void addOccurrences(String text, String name, BitSet taken) {
        if (name == null || name.isEmpty()) {
            return;
        }
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            taken.set(i, i + name.length());
        }
    }
}
