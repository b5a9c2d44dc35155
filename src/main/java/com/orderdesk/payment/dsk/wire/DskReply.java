package com.orderdesk.payment.dsk.wire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One DSK reply: {@code result=…&key=value…} in Shift_JIS text.
 *
 * <p>Public quirk (fact sheet, "Order registration"): values are not URL-encoded, and {@code url}
 * itself contains {@code &} and {@code =}, so the reply cannot be split on {@code &}. It is read by
 * the {@link Layout}'s fixed key order instead: a plain value (ids, codes, amounts) ends at the next
 * {@code &}; a free-text value ({@code url}) ends at the <em>last</em> occurrence of the next key
 * ({@code &message=}); the last key takes the rest. A key missing from the reply is skipped (error
 * replies may leave out {@code dskid}/{@code url}).
 *
 * @param result DSK's result code ({@code 0} and other non-error values mean success)
 * @param fields every value read, in reply order, {@code result} included
 */
public record DskReply(int result, Map<String, String> fields) {

    /** Public: bad parameters or settings (設定値の異常); PROPOSED cancel: the order is paid. */
    public static final int BAD_PARAMETERS = -1;
    /** Public: an error inside the payee's (convenience store's) system. */
    public static final int PAYEE_SYSTEM_ERROR = -2;
    /** Public: an unexpected error in DSK's agency server. */
    public static final int UNEXPECTED_ERROR = -99;
    /** PROPOSED: the orderid is registered already; the reply carries the existing dskid/url. */
    public static final int DUPLICATE_ORDER = -3;

    public DskReply {
        fields = Map.copyOf(fields);
    }

    /** The keys of one kind of reply, in DSK's order. */
    public record Layout(List<Key> keys) {

        /** PROPOSED {@code POST /paperless/order}: {@code result=0&dskid=…&url=…&message=}. */
        public static final Layout REGISTRATION = new Layout(List.of(Key.plain("result"), Key.plain("dskid"),
                Key.plain("receiptno"), Key.freeText("url"), Key.freeText("message")));

        /** PROPOSED {@code POST /paperless/cancel}: {@code result=0&message=}. */
        public static final Layout CANCEL = new Layout(List.of(Key.plain("result"), Key.freeText("message")));

        public Layout {
            keys = List.copyOf(keys);
        }
    }

    /** A reply key; free-text values may contain {@code &} and {@code =}. */
    public record Key(String name, boolean freeText) {

        static Key plain(String name) {
            return new Key(name, false);
        }

        static Key freeText(String name) {
            return new Key(name, true);
        }
    }

    /**
     * Reads a reply body.
     *
     * @throws MalformedDskReply when it does not start with an integer {@code result} or has keys
     *         out of the layout's order
     */
    public static DskReply parse(byte[] body, Layout layout) {
        String text = new String(body, DskForm.CHARSET).strip();
        List<Key> keys = layout.keys();
        Map<String, String> fields = new LinkedHashMap<>();
        int position = 0;
        int next = 0;
        while (position < text.length()) {
            int index = keyAt(text, position, keys, next);
            if (index < 0) {
                throw new MalformedDskReply("not a DSK reply (unexpected key at character " + position + ")");
            }
            Key key = keys.get(index);
            int valueStart = position + key.name().length() + 1;
            int valueEnd = valueEnd(text, valueStart, keys, index);
            fields.put(key.name(), text.substring(valueStart, valueEnd));
            position = valueEnd + 1;
            next = index + 1;
        }
        String result = fields.get("result");
        if (result == null) {
            throw new MalformedDskReply("not a DSK reply (no result)");
        }
        try {
            return new DskReply(Integer.parseInt(result.strip()), fields);
        } catch (NumberFormatException e) {
            throw new MalformedDskReply("not a DSK reply (result is not a number)");
        }
    }

    private static int keyAt(String text, int position, List<Key> keys, int from) {
        for (int i = from; i < keys.size(); i++) {
            if (text.startsWith(keys.get(i).name() + "=", position)) {
                return i;
            }
        }
        return -1;
    }

    private static int valueEnd(String text, int valueStart, List<Key> keys, int index) {
        if (keys.get(index).freeText()) {
            for (int i = index + 1; i < keys.size(); i++) {
                int delimiter = text.lastIndexOf("&" + keys.get(i).name() + "=");
                if (delimiter >= valueStart) {
                    return delimiter;
                }
            }
            return text.length();
        }
        int ampersand = text.indexOf('&', valueStart);
        return ampersand < 0 ? text.length() : ampersand;
    }

    /** Public: every value other than -1, -2 and -99 is a success; -3 is PROPOSED (duplicate). */
    public boolean succeeded() {
        return result != BAD_PARAMETERS && result != PAYEE_SYSTEM_ERROR && result != UNEXPECTED_ERROR
                && result != DUPLICATE_ORDER;
    }

    public @Nullable String field(String name) {
        String value = fields.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    public String message() {
        String message = fields.get("message");
        return message == null ? "" : message;
    }

    /** Text for operators: the code, what it means, and DSK's own message. */
    public String describe() {
        String meaning = switch (result) {
            case BAD_PARAMETERS -> "設定値の異常 (bad parameters or settings)";
            case PAYEE_SYSTEM_ERROR -> "収納先システムのエラー (error in the convenience store's system)";
            case UNEXPECTED_ERROR -> "予期しないエラー (unexpected error at DSK)";
            case DUPLICATE_ORDER -> "orderid already registered";
            default -> "OK";
        };
        String message = message().isBlank() ? "" : ": " + message();
        return "result=" + result + " " + meaning + message;
    }
}
