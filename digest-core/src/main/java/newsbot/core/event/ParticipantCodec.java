package newsbot.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An event's participants in one TEXT column: a line each, "side TAB id TAB weight TAB name". */
final class ParticipantCodec {
    private ParticipantCodec() {
    }

    static String encode(List<Participant> participants) {
        StringBuilder sb = new StringBuilder();
        for (Participant p : participants) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(p.side()).append('\t').append(p.entityId()).append('\t')
                    .append(String.format(Locale.ROOT, "%.2f", p.weight())).append('\t').append(p.name());
        }
        return sb.toString();
    }

    static List<Participant> decode(String text) {
        List<Participant> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String line : text.split("\n")) {
            String[] f = line.split("\t", 4);
            if (f.length == 4) {
                out.add(new Participant(f[1], f[3], f[0], Double.parseDouble(f[2])));
            }
        }
        return out;
    }
}
