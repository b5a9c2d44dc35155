package com.orderdesk.payment.gmo.sandbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.orderdesk.shared.ShopTime;
import org.jspecify.annotations.Nullable;

/**
 * The simulator's in-memory GMO-PG: transactions by OrderID with GMO's state machine
 * (UNPROCESSED → AUTH/CAPTURE → SALES → VOID/RETURN/RETURNX), one-time tokens, members and their
 * cards. Answers are GMO's field maps; a refusal is a {@link Refusal} carrying GMO's codes.
 *
 * <p>Magic tokens play scenarios: a token containing {@code decline} is refused by the "issuer"
 * ({@code 42G020000}), also later when stored as a card (recurring decline); {@code tds} asks for a
 * 3-D Secure challenge. Any token works once; reuse is refused like GMO's token check
 * ({@code EX1000301}).
 */
class SimulatedGmo {

    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9-]{1,27}");
    private static final DateTimeFormatter TRAN_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final Set<String> CANCELLABLE = Set.of("AUTH", "CAPTURE", "SALES");

    private final Map<String, Trade> trades = new ConcurrentHashMap<>();
    private final Set<String> usedTokens = ConcurrentHashMap.newKeySet();
    private final Map<String, List<Card>> members = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    SimulatedGmo(Clock clock) {
        this.clock = clock;
    }

    synchronized Map<String, String> entryTran(Map<String, String> in) {
        String shopId = in.getOrDefault("ShopID", "");
        String shopPass = in.getOrDefault("ShopPass", "");
        if (shopId.isBlank() || shopPass.isBlank()) {
            throw new Refusal("E01", "E01010001");
        }
        String orderId = in.getOrDefault("OrderID", "");
        if (!ORDER_ID.matcher(orderId).matches()) {
            throw new Refusal("E01", "E01040013");
        }
        String jobCd = in.getOrDefault("JobCd", "");
        if (!jobCd.equals("AUTH") && !jobCd.equals("CAPTURE")) {
            throw new Refusal("E01", "E01050002");
        }
        long amount = amount(in.get("Amount"));
        if (trades.containsKey(orderId)) {
            throw new Refusal("E01", "E01040010");
        }
        Trade trade = new Trade(orderId, shopId, shopPass, hex(), hex(), jobCd, amount);
        trades.put(orderId, trade);
        return fields("AccessID", trade.accessId, "AccessPass", trade.accessPass);
    }

    synchronized Map<String, String> execTran(Map<String, String> in, String challengeBaseUrl) {
        Trade trade = trade(in);
        if (!trade.status.equals("UNPROCESSED")) {
            throw new Refusal("E11", "E11010001");
        }
        boolean declines;
        String token = in.get("Token");
        if (token != null && !token.isBlank()) {
            if (!usedTokens.add(token)) {
                throw new Refusal("EX1", "EX1000301");
            }
            declines = token.contains("decline");
            if (token.contains("tds") && !declines) {
                trade.status = "AUTHENTICATED";
                return fields("ACS", "2", "OrderID", trade.orderId, "RedirectUrl",
                        challengeBaseUrl + "/" + trade.accessId);
            }
        }
        else {
            Card card = card(in.getOrDefault("MemberID", ""), in.getOrDefault("CardSeq", ""))
                    .orElseThrow(() -> new Refusal("E01", "E01240002"));
            declines = card.declines;
        }
        if (declines) {
            throw new Refusal("42G", "42G020000");
        }
        trade.memberId = in.get("MemberID");
        return settle(trade, trade.jobCd);
    }

    synchronized Map<String, String> secureTran2(Map<String, String> in) {
        Trade trade = byAccess(in);
        if (!trade.status.equals("AUTHENTICATED")) {
            throw new Refusal("E11", "E11010001");
        }
        return settle(trade, trade.jobCd);
    }

    synchronized Map<String, String> alterTran(Map<String, String> in) {
        Trade trade = byAccess(in);
        String jobCd = in.getOrDefault("JobCd", "");
        switch (jobCd) {
            case "SALES" -> {
                if (!trade.status.equals("AUTH")) {
                    throw new Refusal("E11", trade.status.equals("UNPROCESSED") ? "E11010002" : "E11010003");
                }
                if (amount(in.get("Amount")) != trade.amount) {
                    throw new Refusal("E01", "E01060021");
                }
            }
            case "VOID", "RETURN", "RETURNX" -> {
                if (!CANCELLABLE.contains(trade.status)) {
                    throw new Refusal("E11", trade.status.equals("UNPROCESSED") ? "E11010002" : "E11010003");
                }
            }
            default -> throw new Refusal("E01", "E01050002");
        }
        return settle(trade, jobCd);
    }

    synchronized Map<String, String> changeTran(Map<String, String> in) {
        Trade trade = byAccess(in);
        String jobCd = in.getOrDefault("JobCd", "");
        long amount = amount(in.get("Amount"));
        boolean allowed = switch (jobCd) {
            case "AUTH" -> trade.status.equals("AUTH");
            case "CAPTURE" -> CANCELLABLE.contains(trade.status);
            default -> throw new Refusal("E01", "E01050002");
        };
        if (!allowed) {
            throw new Refusal("E11", trade.status.equals("UNPROCESSED") ? "E11010002" : "E11010003");
        }
        trade.amount = amount;
        return settle(trade, jobCd);
    }

    synchronized Map<String, String> searchTrade(Map<String, String> in) {
        Trade trade = trades.get(in.getOrDefault("OrderID", ""));
        if (trade == null || !trade.shopId.equals(in.get("ShopID"))) {
            throw new Refusal("E01", "E01110002");
        }
        return fields("OrderID", trade.orderId, "Status", trade.status, "ProcessDate", trade.processDate, "JobCd",
                trade.jobCd, "AccessID", trade.accessId, "AccessPass", trade.accessPass, "ItemCode", "0000990",
                "Amount", Long.toString(trade.amount), "Tax", "0", "SiteID", "", "MemberID",
                trade.memberId == null ? "" : trade.memberId, "CardNo", "", "Expire", "", "Method", "1", "PayTimes", "",
                "Forward", trade.forward, "TranID", trade.tranId, "Approve", trade.approve, "ClientField1", "",
                "ClientField2", "", "ClientField3", "");
    }

    synchronized Map<String, String> saveMember(Map<String, String> in) {
        String memberId = memberId(in);
        if (members.putIfAbsent(memberId, new ArrayList<>()) != null) {
            throw new Refusal("E01", "E01220010");
        }
        return fields("MemberID", memberId);
    }

    synchronized Map<String, String> searchMember(Map<String, String> in) {
        String memberId = memberId(in);
        if (!members.containsKey(memberId)) {
            throw new Refusal("E01", "E01390002");
        }
        return fields("MemberID", memberId, "MemberName", "", "DeleteFlag", "0");
    }

    synchronized Map<String, String> saveCard(Map<String, String> in) {
        List<Card> cards = members.get(memberId(in));
        if (cards == null) {
            throw new Refusal("E01", "E01390002");
        }
        String token = in.getOrDefault("Token", "");
        if (token.isBlank() || !usedTokens.add(token)) {
            throw new Refusal("EX1", "EX1000301");
        }
        String last4 = String.format("%04d", random.nextInt(10_000));
        Card card = new Card(Integer.toString(cards.size()), "************" + last4,
                ShopTime.dateOf(clock.instant()).plusYears(3).format(DateTimeFormatter.ofPattern("yyMM")),
                token.contains("decline"));
        cards.add(card);
        return fields("CardSeq", card.seq, "CardNo", card.number, "Forward", "2a99662");
    }

    synchronized Map<String, String> searchCard(Map<String, String> in) {
        List<Card> cards = members.get(memberId(in));
        if (cards == null) {
            throw new Refusal("E01", "E01390002");
        }
        List<Card> live = cards.stream().filter(card -> !card.deleted).toList();
        if (live.isEmpty()) {
            throw new Refusal("E01", "E01240002");
        }
        return fields("CardSeq", join(live, Card::seq), "DefaultFlag", join(live, card -> "0"), "CardName",
                join(live, card -> ""), "CardNo", join(live, Card::number), "Expire", join(live, Card::expire),
                "HolderName", join(live, card -> ""), "DeleteFlag", join(live, card -> "0"));
    }

    synchronized Map<String, String> deleteCard(Map<String, String> in) {
        String seq = in.getOrDefault("CardSeq", "");
        Card card = card(memberId(in), seq).orElseThrow(() -> new Refusal("E01", "E01240002"));
        card.deleted = true;
        return fields("CardSeq", seq);
    }

    /** The result notification GMO would post for the transaction, with the shop's credentials. */
    synchronized Optional<Map<String, String>> notification(String orderId) {
        Trade trade = trades.get(orderId);
        if (trade == null) {
            return Optional.empty();
        }
        return Optional.of(fields("ShopID", trade.shopId, "ShopPass", trade.shopPass, "AccessID", trade.accessId,
                "AccessPass", trade.accessPass, "OrderID", trade.orderId, "Status", trade.status, "JobCd", trade.jobCd,
                "Amount", Long.toString(trade.amount), "Tax", "0", "Currency", "JPN", "Forward", trade.forward,
                "Method", "1", "PayTimes", "", "TranID", trade.tranId, "Approve", trade.approve, "TranDate",
                trade.tranDate, "ErrCode", "", "ErrInfo", "", "PayType", "0"));
    }

    synchronized Optional<String> orderIdOfAccess(String accessId) {
        return trades.values().stream().filter(trade -> trade.accessId.equals(accessId)).map(trade -> trade.orderId)
                .findFirst();
    }

    private Map<String, String> settle(Trade trade, String status) {
        trade.status = status;
        trade.tranId = Long.toString(System.nanoTime()) + String.format("%09d", random.nextInt(1_000_000_000));
        trade.approve = String.format("%07d", random.nextInt(10_000_000));
        trade.tranDate = LocalDateTime.now(clock.withZone(ShopTime.ZONE)).format(TRAN_DATE);
        trade.processDate = trade.tranDate;
        return fields("ACS", "0", "OrderID", trade.orderId, "Forward", trade.forward, "Method", "1", "PayTimes", "",
                "Approve", trade.approve, "TranID", trade.tranId, "TranDate", trade.tranDate, "CheckString", hex(),
                "ClientField1", "", "ClientField2", "", "ClientField3", "", "AccessID", trade.accessId);
    }

    private Trade trade(Map<String, String> in) {
        Trade trade = byAccess(in);
        if (!trade.orderId.equals(in.get("OrderID"))) {
            throw new Refusal("E01", "E01110002");
        }
        return trade;
    }

    private Trade byAccess(Map<String, String> in) {
        String accessId = in.getOrDefault("AccessID", "");
        String accessPass = in.getOrDefault("AccessPass", "");
        return trades.values().stream()
                .filter(trade -> trade.accessId.equals(accessId) && trade.accessPass.equals(accessPass)).findFirst()
                .orElseThrow(() -> new Refusal("E01", "E01110002"));
    }

    private Optional<Card> card(String memberId, String seq) {
        return members.getOrDefault(memberId, List.of()).stream().filter(card -> card.seq.equals(seq) && !card.deleted)
                .findFirst();
    }

    private static String memberId(Map<String, String> in) {
        if (in.getOrDefault("SiteID", "").isBlank() || in.getOrDefault("SitePass", "").isBlank()) {
            throw new Refusal("E01", "E01010001");
        }
        String memberId = in.getOrDefault("MemberID", "");
        if (memberId.isBlank()) {
            throw new Refusal("E01", "E01390002");
        }
        return memberId;
    }

    private static long amount(String amount) {
        if (amount == null || !amount.matches("\\d{1,7}") || Long.parseLong(amount) < 1) {
            throw new Refusal("E01", "E01060005");
        }
        return Long.parseLong(amount);
    }

    private static String join(List<Card> cards, Function<Card, String> column) {
        return String.join("|", cards.stream().map(column).toList());
    }

    private String hex() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static Map<String, String> fields(String... keysAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return fields;
    }

    /** A GMO error answer: {@code ErrCode}/{@code ErrInfo}. */
    static final class Refusal extends RuntimeException {

        final String errCode;
        final String errInfo;

        Refusal(String errCode, String errInfo) {
            super(errCode + "/" + errInfo, null, false, false);
            this.errCode = errCode;
            this.errInfo = errInfo;
        }
    }

    private static final class Trade {
        final String orderId;
        final String shopId;
        final String shopPass;
        final String accessId;
        final String accessPass;
        final String jobCd;
        final String forward = "2a99662";
        long amount;
        String status = "UNPROCESSED";
        String tranId = "";
        String approve = "";
        String tranDate = "";
        String processDate = "";
        @Nullable String memberId;

        Trade(String orderId, String shopId, String shopPass, String accessId, String accessPass, String jobCd,
                long amount) {
            this.orderId = orderId;
            this.shopId = shopId;
            this.shopPass = shopPass;
            this.accessId = accessId;
            this.accessPass = accessPass;
            this.jobCd = jobCd;
            this.amount = amount;
        }
    }

    private static final class Card {
        final String seq;
        final String number;
        final String expire;
        final boolean declines;
        boolean deleted;

        Card(String seq, String number, String expire, boolean declines) {
            this.seq = seq;
            this.number = number;
            this.expire = expire;
            this.declines = declines;
        }

        String seq() {
            return seq;
        }

        String number() {
            return number;
        }

        String expire() {
            return expire;
        }
    }
}
