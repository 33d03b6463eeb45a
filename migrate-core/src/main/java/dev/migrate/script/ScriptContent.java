package dev.migrate.script;

import dev.migrate.MigrateException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The text of a script file as migrate sees it: UTF-8 without a byte-order mark, lines ending in
 * {@code \n}. The checksum is taken of this text, so re-saving a file with Windows line endings
 * or with a BOM does not change it.
 */
final class ScriptContent {

    private static final char BOM = '\uFEFF';

    private ScriptContent() {
    }

    /**
     * Decodes {@code bytes} as strict UTF-8 and normalises it.
     *
     * @throws MigrateException naming {@code path} when the bytes are not UTF-8
     */
    static String decode(byte[] bytes, String path) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return normalize(text);
        } catch (CharacterCodingException ex) {
            throw new MigrateException(path + ": the file is not valid UTF-8 (" + ex.getMessage()
                    + "); save it with UTF-8 encoding", ex);
        }
    }

    /** Drops a leading byte-order mark and turns CRLF and lone CR into LF. */
    static String normalize(String text) {
        String body = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        if (body.indexOf('\r') < 0) {
            return body;
        }
        return body.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of already normalised text. */
    static String sha256(String normalizedText) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(normalizedText.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java platform has SHA-256", ex);
        }
    }
}
