package newsbot.core.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Turns Chinese and English text into the tokens the search index holds, the same way for
 * documents and queries: CJK bigrams (a lone Han character stays a unigram), English words
 * lowercased, folded to ASCII and Porter-stemmed, numbers kept. Emoji are dropped.
 *
 * <p>Bigrams rather than a word segmenter: a segmenter cuts 美国防长 as 美国防+长 and loses 防长,
 * while bigrams find every two-character word without a dictionary.
 *
 * <p>Lines and sentences of nothing but common Han characters and punctuation, most of a Chinese
 * article, skip Lucene: their bigrams are cut directly, the same tokens Lucene makes (a property
 * test holds the two together) at a fraction of the cost. Everything else goes through Lucene.
 *
 * <p>Thread-safe and meant to be shared: Lucene reuses one token stream per thread.
 */
final class TextAnalyzer {

    private static final String FIELD = "text";

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream chain = new TypeTokenFilter(source, Set.of(
                    StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI]));
            chain = new CJKWidthFilter(chain);          // fullwidth Ａ１ → A1
            chain = new LowerCaseFilter(chain);
            chain = new NonAsciiWordFolding(chain);     // Pérez → perez
            chain = new CJKBigramFilter(chain);         // 董军会见 → 董军 军会 会见
            chain = new PorterStemFilter(chain);        // talks → talk; leaves CJK alone
            return new TokenStreamComponents(source, chain);
        }
    };

    /**
     * Folds diacritics only in words that have a non-ASCII char and are not CJK: folding every
     * Chinese token costs two thirds of the analysis time and changes none of them.
     */
    private static final class NonAsciiWordFolding extends ConditionalTokenFilter {
        private static final String ALPHANUM = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.ALPHANUM];
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);

        NonAsciiWordFolding(TokenStream input) {
            super(input, ASCIIFoldingFilter::new);
        }

        @Override
        protected boolean shouldFilter() {
            if (!ALPHANUM.equals(type.type())) {
                return false;
            }
            char[] chars = term.buffer();
            for (int i = 0; i < term.length(); i++) {
                if (chars[i] >= 0x80) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The tokens of {@code text} in order, with offsets into {@code text}. */
    List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int from = 0;
        int otherFrom = -1; // start of a stretch of chunks that need Lucene, analyzed in one go
        while (from < text.length()) {
            int to = chunkEnd(text, from);
            if (isPlainHan(text, from, to)) {
                if (otherFrom >= 0) {
                    luceneTokens(text, otherFrom, from, out);
                    otherFrom = -1;
                }
                hanTokens(text, from, to, out);
            } else if (otherFrom < 0) {
                otherFrom = from;
            }
            from = to;
        }
        if (otherFrom >= 0) {
            luceneTokens(text, otherFrom, text.length(), out);
        }
        return out;
    }

    /** Lucene alone: the reference the fast path is tested against. */
    List<Token> luceneTokens(String text) {
        List<Token> out = new ArrayList<>();
        luceneTokens(text, 0, text.length(), out);
        return out;
    }

    private void luceneTokens(String text, int from, int to, List<Token> out) {
        try (TokenStream stream = analyzer.tokenStream(FIELD, new StringReader(text.substring(from, to)))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(new Token(term.toString(), from + offset.startOffset(), from + offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyze in-memory text", e); // a StringReader does not fail
        }
    }

    /**
     * The end of the line or sentence from {@code from}: a newline, 。, ！ or ？ is never inside a token
     * and no bigram spans it, so the text before and after analyze alone as they do together.
     */
    static int chunkEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\u3002' || c == '\uFF01' || c == '\uFF1F') {
                return i + 1;
            }
        }
        return text.length();
    }

    /** Only {@link #isPlainChar} characters. */
    private static boolean isPlainHan(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isPlainChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A Han character Lucene's tables know, or a space, control or punctuation mark that Lucene never makes
     * a token of nor lets join its neighbours when no letter or digit is near. An explicit list, tested char
     * by char against Lucene: general categories are not enough (゠ counts as katakana; some punctuation of
     * other scripts is kept as a token; the newest Han characters are unknown to Lucene 9).
     */
    static boolean isPlainChar(char c) {
        if (isCommonHan(c)) {
            return true;
        }
        if (c < 0x80) {
            return c <= 0x20 || c == 0x7F || c != '_' && !Character.isLetterOrDigit(c);
        }
        return c <= 0xA0                                       // C1 controls, no-break space
                || c >= 0xA1 && c <= 0xA9 || c == 0xAB || c == 0xAC || c >= 0xAE && c <= 0xB1
                || c == 0xB4 || c >= 0xB6 && c <= 0xB8 || c == 0xBB || c == 0xBF || c == 0xD7 || c == 0xF7
                || c >= 0x2010 && c <= 0x2027                  // dashes, quotes, bullets, ellipsis
                || c >= 0x2030 && c <= 0x205E                  // per mille, primes, brackets, reference marks
                || c >= 0x3000 && c <= 0x3003                  // ideographic space, 、。〃
                || c >= 0x3008 && c <= 0x3011 || c >= 0x3014 && c <= 0x301F   // 《》「」【】 〜 〝〞
                || c >= 0xFF01 && c <= 0xFF0F || c >= 0xFF1A && c <= 0xFF20   // fullwidth ！（），：？
                || c >= 0xFF3B && c <= 0xFF3E || c == 0xFF40 || c >= 0xFF5B && c <= 0xFF60;
    }

    /** CJK Unified Ideographs to U+9FEF and Extension A to U+4DB5: what Lucene 9 emits one by one as ideographic. */
    private static boolean isCommonHan(char c) {
        return c >= '\u4E00' && c <= '\u9FEF' || c >= '\u3400' && c <= '\u4DB5';
    }

    /** Each run of adjacent Han characters: its overlapping bigrams, or the character alone when it is alone. */
    private static void hanTokens(String text, int from, int to, List<Token> out) {
        int i = from;
        while (i < to) {
            if (!isCommonHan(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < to && isCommonHan(text.charAt(end))) {
                end++;
            }
            if (end - i == 1) {
                out.add(new Token(text.substring(i, end), i, end));
            } else {
                for (int k = i; k + 1 < end; k++) {
                    out.add(new Token(text.substring(k, k + 2), k, k + 2));
                }
            }
            i = end;
        }
    }

    /** The terms of {@code text} joined by single spaces: what goes into an FTS5 column. */
    String indexText(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        for (Token t : tokens(text)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(t.term());
        }
        return out.toString();
    }
}
