package com.orderdesk.shipping.internal.b2;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The B2 CSV dialect: CP932, CRLF, every field quoted (as B2's own export does). Reading refuses
 * files that are clearly UTF-8 (B2 never writes it; a spreadsheet "CSV UTF-8" save does) or not
 * valid CP932, so that mojibake never reaches an order.
 */
final class B2Csv {

    private B2Csv() {
    }

    /** Writes rows as CP932 bytes; the text must already pass {@link B2Text#problem}. */
    static byte[] write(List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    line.append(',');
                }
                line.append('"').append(row.get(i).replace("\"", "\"\"")).append('"');
            }
            line.append("\r\n");
            out.writeBytes(line.toString().getBytes(B2Text.CP932));
        }
        return out.toByteArray();
    }

    /**
     * Decodes a file B2 issued.
     *
     * @throws B2FileRejected when it is empty, UTF-8, or not CP932
     */
    static String decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new B2FileRejected("is empty; upload the CSV B2 Cloud exported from 発行済データの検索");
        }
        boolean utf8Bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        if (utf8Bom || (hasNonAscii(bytes) && decodes(bytes, StandardCharsets.UTF_8))) {
            throw new B2FileRejected("is encoded in UTF-8, but B2 Cloud files are Shift_JIS (CP932); upload the file "
                    + "exactly as B2 exported it, without saving it from a spreadsheet");
        }
        try {
            return B2Text.CP932.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException ex) {
            throw new B2FileRejected("is not Shift_JIS (CP932) text as B2 Cloud writes it");
        }
    }

    /** RFC 4180 rows; blank lines are dropped. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean content = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                content = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                content = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (content || !field.isEmpty()) {
                    row.add(field.toString());
                    rows.add(row);
                }
                row = new ArrayList<>();
                field.setLength(0);
                content = false;
            } else {
                field.append(c);
                content = true;
            }
        }
        if (content || !field.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean decodes(byte[] bytes, java.nio.charset.Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException ex) {
            return false;
        }
    }
}
