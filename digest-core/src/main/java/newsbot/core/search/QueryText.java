package newsbot.core.search;

/** Makes typed text safe to lex: control and format characters and broken surrogates become spaces. */
final class QueryText {

    private QueryText() {
    }

    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
