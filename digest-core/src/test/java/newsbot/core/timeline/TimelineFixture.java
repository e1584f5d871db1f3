package newsbot.core.timeline;

import java.nio.file.Path;
import newsbot.core.CoreFixture;

/** Five contacts of different kinds and levels, as short articles written for these tests. */
final class TimelineFixture {
    private TimelineFixture() {
    }

    static CoreFixture fiveContacts(Path tmp) throws Exception {
        CoreFixture fx = new CoreFixture(tmp);
        fx.write("2024/04/17/call.md", "# 董军同奥斯汀视频通话\n\n国防部长董军16日晚应约同美国国防部长奥斯汀视频通话，"
                + "双方就中美两军关系等问题交换意见。\n");
        fx.write("2023-12-21/brown.md", "# 刘振立与美军参联会主席视频通话\n\n12月21日，中央军委委员、军委联合参谋部参谋长刘振立"
                + "应约与美军参联会主席布朗进行视频通话。双方就中美两军关系交换意见。\n");
        fx.write("2024-09-11/theatre.md", "# 中美两军举行战区领导通话\n\n9月10日，美军印太司令部司令帕帕罗与南部战区司令员吴亚男"
                + "举行视频通话，双方就中美两军关系交换意见。\n");
        fx.write("2024-04-05/mmca.md", "# 中美举行海上军事安全磋商机制工作小组会议\n\n4月3日至4日，中美两军在夏威夷举行"
                + "海上军事安全磋商机制工作小组会议，双方就海空安全问题进行了坦诚交流。\n");
        fx.write("2023-05-30/refusal.md", "# 五角大楼称中方拒绝中美防长会面请求\n\n美国国防部29日称，中方拒绝了美国防长奥斯汀"
                + "与中国防长李尚福在香格里拉对话会期间会面的请求。\n");
        fx.ingest();
        return fx;
    }
}
