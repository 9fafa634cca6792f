package org.gongkai.publishing.deid;

import java.util.Set;

/** Chinese surname reference data used to recognise and mask names. */
final class Surnames {
    private Surnames() {}

    /** Common compound surnames, kept whole in masks (欧阳娜娜 → 欧阳某). */
    static final Set<String> COMPOUND = Set.of(
            "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "钟离", "端木", "独孤",
            "南宫", "西门", "万俟", "闻人", "澹台", "公冶", "宗政", "濮阳", "淳于", "单于", "太叔", "申屠", "仲孙", "赫连", "呼延", "羊舌", "微生", "梁丘",
            "左丘", "东门", "百里", "东郭", "南门", "呼衍", "归海", "拓跋", "段干", "公良", "公羊", "乐正", "漆雕", "壤驷", "公西", "巫马", "子车", "颛孙",
            "谷梁", "宰父", "鲜于", "闾丘", "司空", "亓官", "司寇", "第五", "公门", "东宫", "叱干", "完颜", "爱新", "纳兰", "耶律", "钮祜", "达奚", "贺兰");

    /** Common single-character surnames (about 400), used to validate names found in running text. */
    static final String SINGLE =
            "和王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦卢麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬扈晁芮普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利呼居揭干尉冶斯元束檀衣展阴昝智幸奉植衡富尧闭习淡茶代郦荀鲜贝柯滑阿仉佴晏东郏郗丘弓蹇逄殳暴韶邴米达杞旷侍苻糜靖寿蓬隗";

    static boolean isSingle(char c) {
        return SINGLE.indexOf(c) >= 0;
    }

    /** Length of the surname at the start of a Han name: 2 for a compound surname, else 1. */
    static int surnameLength(String name) {
        return name.length() >= 3 && COMPOUND.contains(name.substring(0, 2)) ? 2 : 1;
    }

    /** Whether the text at this position starts with a known surname. */
    static boolean startsWithSurname(CharSequence s, int at) {
        if (at >= s.length()) {
            return false;
        }
        if (at + 1 < s.length() && COMPOUND.contains(s.subSequence(at, at + 2).toString())) {
            return true;
        }
        return isSingle(s.charAt(at));
    }
}
