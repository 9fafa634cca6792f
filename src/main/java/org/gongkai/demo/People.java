package org.gongkai.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Invented people and organisations with valid-looking identifiers: 18-digit ID numbers with a
 * correct check digit (GB 11643), unified social credit codes with correct check characters
 * (GB 32100 / GB 11714), lawyer licence numbers, phones, bank accounts, plates and street addresses.
 */
final class People {
    static final String QUERY_CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final String[] SURNAMES = ("王王王李李李张张张刘刘陈陈杨杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
                    + "肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱"
                    + "严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")
            .split("");
    private static final String[] COMPOUND = {"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙", "司徒", "夏侯"};
    private static final String MALE =
            "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林欢阳建国志文庆海东峰永兵德新春晓玉成立荣昌兴卫忠良" + "振家宏博子睿晨轩豪泽锐毅诚彬锋坤亮俊然思远天佑明哲";
    private static final String FEMALE = "芳娜敏静丽艳娟霞秀英华慧巧美娅婷雪琳晶颖玲倩莉红燕萍洁琴云莲梅兰凤玉桂珍佳欣怡蕾薇璐瑶婧楠雯馨月彤冰岚菲";
    private static final String[] UYGHUR_M = {"买买提", "艾力", "吐尔逊", "艾合买提", "阿不都热依木", "努尔买买提", "依明", "阿卜杜拉", "艾尔肯", "热合曼"
    };
    private static final String[] UYGHUR_F = {"阿依古丽", "古丽米拉", "热依拉", "帕提古丽", "阿米娜", "迪丽努尔", "再努尔", "古丽巴哈尔"};
    private static final String[] TIBETAN_1 = {"扎西", "次仁", "格桑", "达瓦", "尼玛", "平措", "旦增", "索朗"};
    private static final String[] TIBETAN_M = {"多吉", "顿珠", "罗布", "旺堆", "群培"};
    private static final String[] TIBETAN_F = {"卓玛", "央金", "拉姆", "措姆", "德吉"};
    private static final String[] MONGOL_M = {"巴特尔", "额尔敦", "苏和", "朝鲁", "宝音", "那日苏", "孟和"};
    private static final String[] MONGOL_F = {"其其格", "乌日娜", "萨仁", "图雅", "格日勒", "娜仁花"};
    private static final String[] ROADS = {
        "人民路", "建设路", "解放路", "中山路", "新华路", "和平路", "胜利路", "文化路", "长江路", "黄河路", "朝阳路", "光明街", "青年路", "学府路", "滨江路", "东风路",
        "幸福街", "迎宾大道", "工业大道", "府前街", "健康路", "五一路", "团结街", "育才路", "振兴路", "北环路", "南湖路", "西苑路", "金桥路", "花园街", "春晖路", "望江路"
    };
    private static final String[] VILLAGES = {
        "李家村", "王庄村", "新村", "东风村", "红旗村", "高桥村", "石桥村", "张湾村", "柳树屯村", "河口村", "杨庄村", "前进村"
    };
    private static final String[] TOWNS = {"城关镇", "新华镇", "石门镇", "永安镇", "清河镇", "长乐镇", "白沙镇", "龙泉镇", "太平镇", "双河镇"};
    private static final String[] BRANDS = {
        "华信", "恒通", "鑫源", "宏达", "瑞丰", "博远", "金盛", "泰和", "嘉禾", "中诚", "天合", "远航", "智联", "盛世", "新程", "众邦", "汇丰源", "卓越",
        "万家", "锦程", "东昇", "宇辰", "佳美", "诚达", "永创", "华耀", "正通", "润泽", "腾越", "凯捷"
    };
    private static final String[] INDUSTRIES = {
        "科技", "贸易", "商贸", "实业", "建材", "物流", "电子", "信息技术", "餐饮管理", "装饰工程", "农业发展", "机械设备", "医药", "服饰", "食品", "汽车销售",
        "文化传媒", "网络科技", "供应链管理", "环保科技"
    };
    private static final String[] FIRM_WORDS = {
        "金诚", "衡正", "明鉴", "诚和", "泽远", "弘法", "正平", "德衡", "明理", "信尚", "致远", "同和", "启衡", "方圆", "正则", "嘉理", "睿思", "仁和",
        "博众", "中衡", "秉正", "合众", "天衡", "立诚"
    };
    static final String[] BANKS = {
        "中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "招商银行", "兴业银行", "中信银行", "上海浦东发展银行", "中国民生银行", "平安银行"
    };
    static final String[] CARD_CENTRES = {
        "招商银行股份有限公司信用卡中心",
        "中信银行股份有限公司信用卡中心",
        "广发银行股份有限公司信用卡中心",
        "交通银行股份有限公司太平洋信用卡中心",
        "中国民生银行股份有限公司信用卡中心",
        "平安银行股份有限公司信用卡中心",
        "上海浦东发展银行股份有限公司信用卡中心"
    };
    static final String[] INSURERS = {
        "中国人民财产保险股份有限公司", "中国平安财产保险股份有限公司", "中国太平洋财产保险股份有限公司", "中国人寿财产保险股份有限公司", "阳光财产保险股份有限公司", "中华联合财产保险股份有限公司"
    };
    private static final String[] EDUCATION = {"小学文化", "初中文化", "初中文化", "初中文化", "高中文化", "中专文化", "大专文化", "大学文化"};
    private static final String[] JOBS = {"无业", "无业", "务工", "务农", "个体经营者", "公司职员", "司机", "厨师", "销售人员", "保安"};

    private People() {}

    /** An invented person or organisation; mutable only while it is being built. */
    static final class Actor {
        String name;
        boolean org;
        String id; // ID number, credit code, or lawyer licence
        String sex; // 男/女
        LocalDate birth;
        String ethnic = "汉族";
        String birthPlace;
        String address;
        String phone;
        String legalRep;
        String legalRepTitle;
        String firm; // lawyers only
        boolean lawyer;
        boolean branch; // 负责人 instead of 法定代表人
        String education;
        String occupation;

        boolean minorOn(LocalDate d) {
            return !org && birth != null && birth.plusYears(18).isAfter(d);
        }
    }

    /** Where a person lives or a company sits: a county-level place and its 6-digit code. */
    record Place(String province, String city, String county, String divisionCode, String provinceCode) {
        String full() {
            if (city == null || city.isEmpty() || city.equals(province)) return province + county;
            return province + city + county;
        }

        /** 晋中市, 临夏回族自治州, 北京市 (for a province-administered county: the county). */
        String cityName() {
            return city == null || city.isEmpty() ? county : city;
        }

        String cityShort() {
            String c = (city == null || city.isEmpty()) ? county : city;
            if (c.contains("自治州") || c.endsWith("地区") || c.endsWith("盟")) return c.substring(0, 2);
            return c.endsWith("市") ? c.substring(0, c.length() - 1) : c;
        }
    }

    static String pick(Random r, String[] xs) {
        return xs[r.nextInt(xs.length)];
    }

    static <T> T pick(Random r, List<T> xs) {
        return xs.get(r.nextInt(xs.size()));
    }

    static String hanName(Random r, boolean male) {
        String surname = r.nextInt(60) == 0 ? pick(r, COMPOUND) : pick(r, SURNAMES);
        String pool = male ? MALE : FEMALE;
        String given = String.valueOf(pool.charAt(r.nextInt(pool.length())));
        if (r.nextInt(10) < 7) given += pool.charAt(r.nextInt(pool.length()));
        return surname + given;
    }

    /** A name and ethnicity fitting the province (Xinjiang, Tibet, Inner Mongolia, …). */
    static String[] nameAndEthnic(Random r, boolean male, String provinceCode) {
        int x = r.nextInt(100);
        switch (provinceCode == null ? "" : provinceCode) {
            case "65":
                if (x < 40) return new String[] {pick(r, male ? UYGHUR_M : UYGHUR_F) + "·" + pick(r, UYGHUR_M), "维吾尔族"};
                if (x < 45) return new String[] {hanName(r, male), "回族"};
                break;
            case "54":
                if (x < 70) return new String[] {pick(r, TIBETAN_1) + pick(r, male ? TIBETAN_M : TIBETAN_F), "藏族"};
                break;
            case "63":
                if (x < 15) return new String[] {pick(r, TIBETAN_1) + pick(r, male ? TIBETAN_M : TIBETAN_F), "藏族"};
                if (x < 30) return new String[] {hanName(r, male), "回族"};
                break;
            case "15":
                if (x < 20) return new String[] {pick(r, male ? MONGOL_M : MONGOL_F), "蒙古族"};
                break;
            case "45":
                if (x < 25) return new String[] {hanName(r, male), "壮族"};
                break;
            case "64":
                if (x < 30) return new String[] {hanName(r, male), "回族"};
                break;
            case "53":
                if (x < 6) return new String[] {hanName(r, male), "彝族"};
                if (x < 10) return new String[] {hanName(r, male), "白族"};
                break;
            case "52":
                if (x < 8) return new String[] {hanName(r, male), "苗族"};
                if (x < 12) return new String[] {hanName(r, male), "布依族"};
                break;
            case "22":
                if (x < 5) return new String[] {hanName(r, male), "朝鲜族"};
                break;
            case "42", "43":
                if (x < 5) return new String[] {hanName(r, male), "土家族"};
                break;
            default:
                if (x < 2) return new String[] {hanName(r, male), "满族"};
        }
        return new String[] {hanName(r, male), "汉族"};
    }

    /** 18-digit resident ID number with the GB 11643 check digit. */
    static String idNumber(String divisionCode, LocalDate birth, boolean male, Random r) {
        int seq = r.nextInt(500) * 2 + (male ? 1 : 0);
        String body = divisionCode
                + Cn.pad(birth.getYear(), 4)
                + Cn.pad(birth.getMonthValue(), 2)
                + Cn.pad(birth.getDayOfMonth(), 2)
                + Cn.pad(seq, 3);
        return body + idCheck(body);
    }

    static char idCheck(String body17) {
        return org.gongkai.platform.IdCardNumbers.checkDigit(body17);
    }

    /**
     * Unified social credit code: registration authority + type (91 enterprise, 11 state organ,
     * 31 law firm, 12 public institution), division code, organisation code with its check, check.
     */
    static String creditCode(String prefix, String divisionCode, Random r) {
        StringBuilder org = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            // modern codes often start with MA; keep body digits/letters from the allowed set
            org.append(i < 2 && r.nextBoolean() ? "MA".charAt(i) : (char) ('0' + r.nextInt(10)));
        }
        int[] ow = {3, 7, 9, 10, 5, 8, 4, 2};
        int s = 0;
        for (int i = 0; i < 8; i++) s += charValue36(org.charAt(i)) * ow[i];
        int c9 = 11 - s % 11;
        org.append(c9 == 10 ? 'X' : c9 == 11 ? '0' : (char) ('0' + c9));
        String body = prefix + divisionCode + org;
        return body + usccCheck(body);
    }

    private static int charValue36(char c) {
        return Character.isDigit(c) ? c - '0' : c - 'A' + 10;
    }

    static char usccCheck(String body17) {
        int[] w = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(body17.charAt(i)) * w[i];
        int c = 31 - sum % 31;
        return USCC_CHARS.charAt(c == 31 ? 0 : c);
    }

    static String lawyerLicence(String provinceCode, boolean male, Random r) {
        return provinceCode + "1" + Cn.pad(1 + r.nextInt(12), 2) + (2000 + r.nextInt(22)) + "1" + (male ? "1" : "0")
                + Cn.pad(r.nextInt(1_000_000), 6);
    }

    static String queryCode(Random r) {
        StringBuilder sb = new StringBuilder(12);
        for (int i = 0; i < 12; i++) sb.append(QUERY_CODE_CHARS.charAt(r.nextInt(QUERY_CODE_CHARS.length())));
        return sb.toString();
    }

    static String phone(Random r) {
        String[] prefixes = {
            "130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "155", "157", "158", "159",
            "176", "177", "180", "181", "185", "186", "187", "188", "189", "199"
        };
        return pick(r, prefixes) + Cn.pad(r.nextInt(100_000_000), 8);
    }

    static String bankAccount(Random r) {
        return "6222" + Cn.pad(r.nextInt(10_000_000), 7) + Cn.pad(r.nextInt(100_000_000), 8);
    }

    static String street(Random r, Place p, boolean rural) {
        if (rural && p.county().endsWith("县")) {
            return p.full() + pick(r, TOWNS) + pick(r, VILLAGES) + (1 + r.nextInt(12)) + "组" + (1 + r.nextInt(90))
                    + "号";
        }
        String s = p.full() + pick(r, ROADS) + (1 + r.nextInt(399)) + "号";
        int kind = r.nextInt(3);
        if (kind == 0)
            s += (1 + r.nextInt(30)) + "号楼" + (1 + r.nextInt(6)) + "单元" + (1 + r.nextInt(28))
                    + Cn.pad(1 + r.nextInt(6), 2) + "室";
        else if (kind == 1)
            s += pick(r, BRANDS) + "小区" + (1 + r.nextInt(20)) + "栋" + (1 + r.nextInt(30)) + Cn.pad(1 + r.nextInt(4), 2)
                    + "号";
        return s;
    }

    static String firmName(Random r, Place p) {
        String prefix = r.nextBoolean() ? p.cityShort() : shortProvince(p.province());
        return prefix + pick(r, FIRM_WORDS) + "律师事务所";
    }

    static String companyName(Random r, Place p, String industry) {
        return p.cityShort() + pick(r, BRANDS) + (industry != null ? industry : pick(r, INDUSTRIES)) + "有限公司";
    }

    static String shortProvince(String province) {
        if (province.startsWith("内蒙古")) return "内蒙古";
        if (province.startsWith("黑龙江")) return "黑龙江";
        return province.substring(0, 2);
    }

    static String education(Random r) {
        return pick(r, EDUCATION);
    }

    static String occupation(Random r) {
        return pick(r, JOBS);
    }

    static String brand(Random r) {
        return pick(r, BRANDS);
    }

    /** Plate prefix by province code. */
    static String plate(Random r, String provinceCode) {
        String abbr = switch (provinceCode == null ? "" : provinceCode) {
            case "11" -> "京";
            case "12" -> "津";
            case "13" -> "冀";
            case "14" -> "晋";
            case "15" -> "蒙";
            case "21" -> "辽";
            case "22" -> "吉";
            case "23" -> "黑";
            case "31" -> "沪";
            case "32" -> "苏";
            case "33" -> "浙";
            case "34" -> "皖";
            case "35" -> "闽";
            case "36" -> "赣";
            case "37" -> "鲁";
            case "41" -> "豫";
            case "42" -> "鄂";
            case "43" -> "湘";
            case "44" -> "粤";
            case "45" -> "桂";
            case "46" -> "琼";
            case "50" -> "渝";
            case "51" -> "川";
            case "52" -> "贵";
            case "53" -> "云";
            case "54" -> "藏";
            case "61" -> "陕";
            case "62" -> "甘";
            case "63" -> "青";
            case "64" -> "宁";
            case "65" -> "新";
            default -> "京";
        };
        String letters = "ABCDEFGHJKLMNPQ";
        String tail = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        StringBuilder sb = new StringBuilder(abbr).append(letters.charAt(r.nextInt(letters.length())));
        for (int i = 0; i < 5; i++)
            sb.append(i < 3 || r.nextBoolean() ? (char) ('0' + r.nextInt(10)) : tail.charAt(r.nextInt(tail.length())));
        return sb.toString();
    }
}
