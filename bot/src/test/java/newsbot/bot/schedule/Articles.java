package newsbot.bot.schedule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** On-topic articles that each make a story of their own (events days apart), marked ART-0001, ART-0002, … */
final class Articles {
    static final Path TOPIC = Path.of("..", "config", "topics", "us-china-military.yml").toAbsolutePath().normalize();

    private Articles() {
    }

    static String marker(int i) {
        return String.format("ART-%04d", i);
    }

    /** Writes article {@code i} (atomically: a temp name, then a move) and returns its path. */
    static Path write(Path folder, int i) throws IOException {
        LocalDate date = LocalDate.of(2020, 1, 1).plusDays(5L * i);
        String text = "---\ntitle: " + marker(i) + " 中国国防部长董军与美国防长奥斯汀第" + i + "次视频通话\n"
                + "date: " + date + "T08:00:00Z\n---\n\n"
                + "国防部长董军" + date + "与美国国防部长劳埃德·奥斯汀举行视频通话，双方就第" + i + "号议题交换意见。"
                + "董军表示，中美两军应当加强沟通，编号" + i + "的磋商机制将继续运行。"
                + "奥斯汀说，美方重视两军关系，第" + (i * 7 + 3) + "轮会谈取得进展。\n";
        Path tmp = folder.resolveSibling(".tmp-" + i);
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Path target = folder.resolve(String.format("a-%04d.md", i));
        Files.move(tmp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return target;
    }
}
