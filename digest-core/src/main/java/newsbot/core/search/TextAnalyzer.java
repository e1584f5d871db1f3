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
        try (TokenStream stream = analyzer.tokenStream(FIELD, new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyze in-memory text", e); // a StringReader does not fail
        }
        return out;
    }

    /** The terms of {@code text} joined by single spaces: what goes into an FTS5 column. */
    String indexText(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        try (TokenStream stream = analyzer.tokenStream(FIELD, new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(term.buffer(), 0, term.length());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyze in-memory text", e);
        }
        return out.toString();
    }
}
