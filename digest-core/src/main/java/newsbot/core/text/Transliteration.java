package newsbot.core.text;

/**
 * The characters Chinese writes foreign names with (阿, 奥, 斯, 汀, 卡, 尔 ...): where a transliterated name may go on.
 * Common words use many of them too, so a run of them is a hint, read only next to a name or a middle dot.
 */
public final class Transliteration {
    private static final String CHARACTERS = "阿埃艾爱昂奥巴拜班邦鲍贝比彼宾波伯博布采策查察达戴丹道德登迪蒂丁杜敦顿多厄恩尔法"
            + "范菲费芬丰冯弗伏福夫富盖甘冈戈格根古圭哈海汉豪赫亨洪胡怀惠霍基吉加贾杰捷喀卡凯坎康考柯科克肯库夸奎昆拉腊"
            + "莱赖兰郎朗劳勒雷蕾里利莉丽列林琳隆卢鲁路伦罗洛吕马玛迈麦曼芒梅蒙米密缅姆莫默穆纳娜奈南尼涅宁纽努诺欧帕派"
            + "潘庞佩彭皮珀普齐奇契恰乔钦琼丘萨塞赛桑瑟森沙莎尚绍舍申施什史舒斯松苏索塔泰坦汤唐特滕提廷汀通图托瓦万旺威"
            + "韦维温沃乌伍西希锡夏谢辛休雅亚娅扬耶伊英尤约泽扎詹兹佐茨妮黛璐薇娃莲琪芙丝翰";

    private Transliteration() {
    }

    /** Whether transliterated names use {@code c}. */
    public static boolean uses(char c) {
        return CHARACTERS.indexOf(c) >= 0;
    }
}
