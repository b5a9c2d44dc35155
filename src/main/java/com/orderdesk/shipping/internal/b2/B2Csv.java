package com.orderdesk.shipping.internal.b2;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reading B2's files: they are CP932 ({@link com.orderdesk.shared.Csv.Target#B2}, which also writes
 * them). Files that are clearly UTF-8 (B2 never writes it; a spreadsheet "CSV UTF-8" save does) or
 * not valid CP932 are refused, so that mojibake never reaches an order.
 */
final class B2Csv {

    private B2Csv() {
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
