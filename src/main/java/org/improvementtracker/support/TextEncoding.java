package org.improvementtracker.support;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The two encodings people's CSV files come in: UTF-8, with or without its byte order mark ("CSV UTF-8"
 * in Excel), and Windows-1252, which Excel on Windows writes for plain "CSV (comma delimited)".
 */
public final class TextEncoding {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextEncoding() {
    }

    /** The text, its byte order mark dropped, if the bytes are valid UTF-8. */
    private static Optional<String> utf8(byte[] file) {
        boolean bom = file.length >= 3 && file[0] == (byte) 0xEF && file[1] == (byte) 0xBB && file[2] == (byte) 0xBF;
        ByteBuffer bytes = bom ? ByteBuffer.wrap(file, 3, file.length - 3) : ByteBuffer.wrap(file);
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }

    /** UTF-8 where the bytes are valid UTF-8, otherwise Windows-1252, which decodes any bytes. */
    public static String utf8OrWindows1252(byte[] file) {
        return utf8(file).orElseGet(() -> new String(file, WINDOWS_1252));
    }
}
