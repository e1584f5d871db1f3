package newsbot.core.parse;

/** Recognises common binary files by their magic bytes, so the rejection can name what the file is. */
final class BinarySignatures {

    private record Signature(String name, byte[] magic) {
    }

    private static final Signature[] SIGNATURES = {
        new Signature("PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n'}),
        new Signature("JPEG image", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
        new Signature("GIF image", new byte[] {'G', 'I', 'F', '8'}),
        new Signature("PDF document", new byte[] {'%', 'P', 'D', 'F', '-'}),
        new Signature("ZIP archive", new byte[] {'P', 'K', 3, 4}),
        new Signature("gzip archive", new byte[] {0x1F, (byte) 0x8B}),
        new Signature("WebP/RIFF media", new byte[] {'R', 'I', 'F', 'F'}),
    };

    private BinarySignatures() {
    }

    /** The kind of binary file, or "" when the bytes start like no known binary format. */
    static String name(byte[] bytes) {
        for (Signature s : SIGNATURES) {
            if (startsWith(bytes, s.magic())) {
                return s.name();
            }
        }
        return "";
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
