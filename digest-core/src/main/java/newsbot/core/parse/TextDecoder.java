package newsbot.core.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Bytes to text: BOMs, strict UTF-8 first (the common case, fast), then the CJK legacy charsets the
 * detector recognises. Line ends come out as LF only.
 */
final class TextDecoder {

    /** A mostly-UTF-8 file is kept when at most this share of its characters are undecodable. */
    static final double MAX_REPLACEMENT_SHARE = 0.02;
    /** Beyond this share of control characters the "text" is really binary. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The decoded text and the charset it was read with. */
    record Decoded(String text, String charset) {
    }

    Decoded decode(byte[] bytes) throws UnparseableFileException {
        if (bytes.length == 0) {
            throw new UnparseableFileException("empty file");
        }
        Decoded decoded = decodeRaw(bytes);
        String text = normaliseLineEnds(decoded.text());
        rejectControlHeavy(text);
        return new Decoded(text, decoded.charset());
    }

    private Decoded decodeRaw(byte[] bytes) throws UnparseableFileException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(lenientUtf8(bytes, 3), "UTF-8 (BOM)");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        String binary = BinarySignatures.name(bytes);
        if (!binary.isEmpty()) {
            throw new UnparseableFileException("binary file (" + binary + ")");
        }
        Charset utf16 = bomlessUtf16(bytes);
        if (utf16 != null) {
            return new Decoded(new String(bytes, utf16), utf16.name() + " (no BOM)");
        }
        if (hasNul(bytes)) {
            throw new UnparseableFileException("binary file (NUL bytes / not text)");
        }
        String strict = strict(StandardCharsets.UTF_8, bytes);
        if (strict != null) {
            return new Decoded(strict, "UTF-8");
        }
        return decodeLegacy(bytes);
    }

    /** Not UTF-8: ask the detector; a few stray bad bytes in UTF-8 still count as UTF-8. */
    private Decoded decodeLegacy(byte[] bytes) throws UnparseableFileException {
        String detected = detect(bytes);
        Charset cjk = cjkCharset(detected);
        if (cjk != null) {
            String text = strict(cjk, bytes);
            return new Decoded(text != null ? text : new String(bytes, cjk), cjk.name());
        }
        String utf8 = lenientUtf8(bytes, 0);
        if (replacementShare(utf8) <= MAX_REPLACEMENT_SHARE) {
            return new Decoded(utf8, "UTF-8 (with replacements)");
        }
        for (Charset candidate : new Charset[] {GB18030, BIG5}) {
            String text = strict(candidate, bytes);
            if (text != null) {
                return new Decoded(text, candidate.name());
            }
        }
        if (("WINDOWS-1252".equals(detected) || "ISO-8859-1".equals(detected)) && mostlyAscii(bytes)) {
            // a Western article with accented letters; random high bytes are not that
            return new Decoded(new String(bytes, WINDOWS_1252), "windows-1252");
        }
        throw new UnparseableFileException(
                "undecodable bytes: looks like neither UTF-8, UTF-16, GB18030 nor Big5");
    }

    private static String detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        return name == null ? "" : name.toUpperCase(java.util.Locale.ROOT);
    }

    private static Charset cjkCharset(String detected) {
        return switch (detected) {
            case "GB18030", "GBK", "GB2312", "HZ-GB-2312" -> GB18030; // GB18030 is a superset of GBK and GB2312
            case "BIG5", "BIG5-HKSCS", "EUC-TW" -> BIG5;
            default -> null;
        };
    }

    /** Two or more NULs, nearly all on one side of each byte pair: ASCII-range UTF-16 without a BOM. */
    private static Charset bomlessUtf16(byte[] bytes) {
        int limit = Math.min(bytes.length, 4096) & ~1;
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < limit; i += 2) {
            if (bytes[i] == 0) {
                evenNul++;
            }
            if (bytes[i + 1] == 0) {
                oddNul++;
            }
        }
        int pairs = limit / 2;
        if (pairs < 4) {
            return null;
        }
        if (oddNul > pairs * 0.3 && evenNul == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNul > pairs * 0.3 && oddNul == 0) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean mostlyAscii(byte[] bytes) {
        int high = 0;
        for (byte b : bytes) {
            if (b < 0) {
                high++;
            }
        }
        return high * 10 <= bytes.length;
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static String strict(Charset charset, byte[] bytes) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String lenientUtf8(byte[] bytes, int offset) {
        return new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
    }

    static double replacementShare(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        long bad = text.chars().filter(c -> c == '\uFFFD').count();
        return (double) bad / text.length();
    }

    private static void rejectControlHeavy(String text) throws UnparseableFileException {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (control > text.length() * MAX_CONTROL_SHARE) {
            throw new UnparseableFileException("binary file (control bytes / not text)");
        }
    }

    /** CRLF and lone CR become LF; a leading BOM character is dropped. */
    static String normaliseLineEnds(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (t.indexOf('\r') < 0) {
            return t;
        }
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
