package newsbot.core.topic;

import java.util.List;

/**
 * Fires in a unit of text (see {@link Scope}) when every {@code all} selector holds, at least
 * one {@code any} selector holds (if there are any), and no {@code none} selector holds; never when one of
 * the earlier rules named in {@code unless} fired.
 */
record Rule(String id, Scope scope, List<Selector> all, List<Selector> any, List<Selector> none,
            double weight, int max, ReasonTemplate reason, List<String> unless) {
    Rule {
        all = List.copyOf(all);
        any = List.copyOf(any);
        none = List.copyOf(none);
        unless = List.copyOf(unless);
    }

    boolean holdsIn(List<Mention> unit) {
        for (Selector s : all) {
            if (count(s, unit) < s.min()) {
                return false;
            }
        }
        if (!any.isEmpty() && any.stream().noneMatch(s -> count(s, unit) >= s.min())) {
            return false;
        }
        for (Selector s : none) {
            if (count(s, unit) >= s.min()) {
                return false;
            }
        }
        return true;
    }

    static int count(Selector s, List<Mention> unit) {
        int n = 0;
        for (Mention m : unit) {
            if (s.matches(m)) {
                n++;
            }
        }
        return n;
    }
}
