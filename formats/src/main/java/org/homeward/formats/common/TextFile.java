package org.homeward.formats.common;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A text file decoded the way lab files need: a byte-order mark (UTF-8 or UTF-16) is honoured and
 * dropped; without one, bytes that are valid UTF-8 are read as UTF-8 and anything else as
 * Windows-1252 (what Excel and older Windows lab software write). Lines end in CRLF, LF or CR.
 */
public record TextFile(String name, Charset charset, List<String> lines) {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public TextFile {
        lines = List.copyOf(lines);
    }

    /** Reads a file; an unreadable file is the user's problem, reported as a {@link FormatException}. */
    public static TextFile read(Path path) {
        return decode(path.toString(), readBytes(path));
    }

    public static byte[] readBytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new FormatException(List.of(new Problem(path.toString(), 0, "",
                    "cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", Severity.ERROR)));
        }
    }

    public static TextFile decode(String name, byte[] bytes) {
        Charset charset;
        int skip = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else {
            charset = isValidUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        String text = new String(bytes, skip, bytes.length - skip, charset);
        return new TextFile(name, charset, splitLines(text));
    }

    /** Lines without their terminators; a final terminator does not start an extra empty line. */
    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(text.substring(start));
        }
        return lines;
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

    private static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
