package com.orderdesk.payment.gmo.wire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * SearchCard's answer. Several cards come back as {@code |}-joined values per field that line up
 * one to one (fact sheet: "memory", the exact layout is not public); cards GMO marks deleted
 * ({@code DeleteFlag=1}) are dropped.
 */
public record SearchCardResponse(List<Card> cards) {

    public SearchCardResponse {
        cards = List.copyOf(cards);
    }

    public static SearchCardResponse from(GmoReply reply) {
        String[] seq = reply.required("CardSeq").split("\\|", -1);
        String[] number = column(reply, "CardNo", seq.length);
        String[] expire = column(reply, "Expire", seq.length);
        String[] defaultFlag = column(reply, "DefaultFlag", seq.length);
        String[] deleteFlag = column(reply, "DeleteFlag", seq.length);
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < seq.length; i++) {
            if (!"1".equals(deleteFlag[i])) {
                cards.add(new Card(seq[i], number[i], expire[i], "1".equals(defaultFlag[i])));
            }
        }
        return new SearchCardResponse(cards);
    }

    private static String[] column(GmoReply reply, String name, int size) {
        String[] values = reply.fieldOrEmpty(name).split("\\|", -1);
        if (values.length == size) {
            return values;
        }
        if (values.length == 1 && values[0].isEmpty()) {
            return filled(size);
        }
        throw new MalformedGmoReply(name + " does not line up with CardSeq");
    }

    private static String[] filled(int size) {
        String[] values = new String[size];
        Arrays.fill(values, "");
        return values;
    }

    /**
     * One stored card as GMO shows it.
     *
     * @param maskedCardNo GMO masks the number (e.g. {@code ************1111})
     * @param expire {@code YYMM}
     */
    public record Card(String cardSeq, String maskedCardNo, String expire, boolean isDefault) {
    }
}
