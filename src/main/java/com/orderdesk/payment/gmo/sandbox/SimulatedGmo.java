package com.orderdesk.payment.gmo.sandbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
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
 * (UNPROCESSED → AUTH/CAPTURE/CHECK → SALES → VOID/RETURN/RETURNX), one-time tokens, members and
 * their cards. Answers are GMO's field maps shaped as the fact sheet's "Recorded replies": ExecTran's
 * keys in GMO's order, six keys for AlterTran/ChangeTran, 28-digit TranIDs, ClientFields echoed only
 * with {@code ClientFieldFlag=1}, masks of 13 {@code *} + 3 digits, SearchMember with the name.
 * A refusal is a {@link Refusal} with one GMO error per failing field, in the order of the fields.
 *
 * <p>Every shop-level call must carry the shop's ShopID/ShopPass, and member calls the site's
 * SiteID/SitePass (the sandbox credentials). Date rules: a SALES more than
 * {@value #AUTH_VALIDITY_DAYS} days after the authorization is refused; VOID only on the day of the
 * last processing, RETURN later in that month (any later day for an authorization), RETURNX only
 * for a sale of an earlier month (CraftCart's GMO manual, 取消 / 返品 / 月跨返品).
 *
 * <p>Magic tokens play scenarios: a token containing {@code decline} is refused by the "issuer"
 * ({@code 42G020000}), also later when stored as a card (recurring decline); {@code tds} asks for a
 * 3-D Secure challenge, which {@code tdsfail} then fails ({@code E21010001}, authentication failed).
 * Any token works once; reuse is refused like GMO's token check ({@code EX1000301}).
 */
class SimulatedGmo {

    /** 仮売上 validity (CraftCart's GMO manual: 60 days). */
    static final int AUTH_VALIDITY_DAYS = 60;

    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9-]{1,27}");
    private static final DateTimeFormatter TRAN_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final Set<String> CANCELLABLE = Set.of("AUTH", "CAPTURE", "SALES");
    private static final Set<String> ENTRY_JOBS = Set.of("AUTH", "CAPTURE", "CHECK");

    private final Map<String, Trade> trades = new ConcurrentHashMap<>();
    private final Set<String> usedTokens = ConcurrentHashMap.newKeySet();
    private final Map<String, Member> members = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Map<String, String> credentials;

    /** @param credentials the shop and site this GMO knows: {@code ShopID, ShopPass, SiteID, SitePass} */
    SimulatedGmo(Clock clock, Map<String, String> credentials) {
        this.clock = clock;
        this.credentials = Map.copyOf(credentials);
    }

    /** The sandbox shop and site (GMO's test shop ids as the adapter's sandbox credentials name them). */
    static Map<String, String> sandboxCredentials() {
        return Map.of("ShopID", "tshop00000001", "ShopPass", "sandboxpass", "SiteID", "tsite00000001",
                "SitePass", "sandboxpass");
    }

    synchronized Map<String, String> entryTran(Map<String, String> in) {
        Errors errors = new Errors();
        shop(in, errors);
        String orderId = in.getOrDefault("OrderID", "");
        if (orderId.isBlank()) {
            errors.add("E01", "E01040001");
        } else if (!ORDER_ID.matcher(orderId).matches()) {
            errors.add("E01", "E01040013");
        }
        String jobCd = in.getOrDefault("JobCd", "");
        if (!ENTRY_JOBS.contains(jobCd)) {
            errors.add("E01", "E01050002");
        }
        long amount = 0;
        if (!jobCd.equals("CHECK")) {
            String text = in.getOrDefault("Amount", "");
            if (text.isBlank()) {
                errors.add("E01", "E01060006");
            } else if (!text.matches("\\d{1,7}") || Long.parseLong(text) < 1) {
                errors.add("E01", "E01060005");
            } else {
                amount = Long.parseLong(text);
            }
        }
        errors.throwIfAny();
        if (trades.containsKey(orderId)) {
            throw new Refusal("E01", "E01040010");
        }
        Trade trade = new Trade(orderId, in.get("ShopID"), in.get("ShopPass"), hex(), hex(), jobCd, amount);
        // SearchTrade of an unprocessed trade shows when it was entered (recorded reply).
        trade.processDate = now();
        trades.put(orderId, trade);
        return fields("AccessID", trade.accessId, "AccessPass", trade.accessPass);
    }

    synchronized Map<String, String> execTran(Map<String, String> in, String challengeBaseUrl) {
        Trade trade = byAccess(in);
        if (!trade.orderId.equals(in.get("OrderID"))) {
            throw new Refusal("E01", "E01110002");
        }
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
                trade.failsChallenge = token.contains("tdsfail");
                return fields("ACS", "2", "RedirectUrl", challengeBaseUrl + "/" + trade.accessId + "?transId="
                        + trade.accessId + "&t=" + hex());
            }
        }
        else {
            Errors errors = new Errors();
            site(in, errors);
            errors.throwIfAny();
            Card card = card(in.getOrDefault("MemberID", ""), in.getOrDefault("CardSeq", ""))
                    .orElseThrow(() -> new Refusal("E01", "E01240002"));
            declines = card.declines;
        }
        if (declines) {
            throw new Refusal("42G", "42G020000");
        }
        trade.memberId = in.get("MemberID");
        trade.clientFields = "1".equals(in.get("ClientFieldFlag"))
                ? List.of(in.getOrDefault("ClientField1", ""), in.getOrDefault("ClientField2", ""),
                        in.getOrDefault("ClientField3", ""))
                : null;
        settle(trade, trade.jobCd);
        return execAnswer(trade);
    }

    synchronized Map<String, String> secureTran2(Map<String, String> in) {
        Trade trade = byAccess(in);
        if (!trade.status.equals("AUTHENTICATED")) {
            throw new Refusal("E11", "E11010001");
        }
        if (trade.failsChallenge) {
            trade.status = "UNPROCESSED";
            throw new Refusal("E21", "E21010001");
        }
        settle(trade, trade.jobCd);
        return execAnswer(trade);
    }

    synchronized Map<String, String> alterTran(Map<String, String> in) {
        Errors errors = new Errors();
        shop(in, errors);
        errors.throwIfAny();
        Trade trade = byAccess(in);
        String jobCd = in.getOrDefault("JobCd", "");
        LocalDate today = ShopTime.dateOf(clock.instant());
        switch (jobCd) {
            case "SALES" -> {
                if (!trade.status.equals("AUTH")) {
                    throw new Refusal("E11", trade.status.equals("UNPROCESSED") ? "E11010002" : "E11010003");
                }
                if (trade.authorizedAt != null && today.isAfter(ShopTime.dateOf(trade.authorizedAt)
                        .plusDays(AUTH_VALIDITY_DAYS))) {
                    // The code GMO answers past the card company's auth validity is not public; E11010003 (not
                    // allowed in the current state) stands in for it.
                    throw new Refusal("E11", "E11010003");
                }
                if (amount(in.get("Amount")) != trade.amount) {
                    throw new Refusal("E01", "E01060021");
                }
            }
            case "VOID", "RETURN", "RETURNX" -> {
                if (!CANCELLABLE.contains(trade.status)) {
                    throw new Refusal("E11", trade.status.equals("UNPROCESSED") ? "E11010002" : "E11010003");
                }
                if (!jobCd.equals(cancelFor(trade, today))) {
                    throw new Refusal("E11", "E11010003");
                }
            }
            default -> throw new Refusal("E01", "E01050002");
        }
        settle(trade, jobCd);
        return tranAnswer(trade);
    }

    /** The one cancel GMO takes on {@code today}: 取消 the same day, 返品 later, 月跨返品 for an earlier month's sale. */
    private static String cancelFor(Trade trade, LocalDate today) {
        LocalDate last = trade.processedOn;
        if (last == null || last.equals(today)) {
            return "VOID";
        }
        boolean sold = trade.status.equals("SALES") || trade.status.equals("CAPTURE");
        return sold && YearMonth.from(today).isAfter(YearMonth.from(last)) ? "RETURNX" : "RETURN";
    }

    synchronized Map<String, String> changeTran(Map<String, String> in) {
        Errors errors = new Errors();
        shop(in, errors);
        errors.throwIfAny();
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
        settle(trade, jobCd);
        return tranAnswer(trade);
    }

    synchronized Map<String, String> searchTrade(Map<String, String> in) {
        Errors errors = new Errors();
        shop(in, errors);
        errors.throwIfAny();
        Trade trade = trades.get(in.getOrDefault("OrderID", ""));
        if (trade == null || !trade.shopId.equals(in.get("ShopID"))) {
            throw new Refusal("E01", "E01110002");
        }
        boolean processed = !trade.status.equals("UNPROCESSED") && !trade.status.equals("AUTHENTICATED");
        Map<String, String> answer = fields("OrderID", trade.orderId, "Status", trade.status, "ProcessDate",
                trade.processDate, "JobCd", trade.jobCd, "AccessID", trade.accessId, "AccessPass", trade.accessPass,
                "ItemCode", "0000990", "Amount", Long.toString(trade.amount), "Tax", "0", "Currency", "JPN", "SiteID",
                trade.memberId == null ? "" : credentials.get("SiteID"), "MemberID",
                trade.memberId == null ? "" : trade.memberId, "CardNo", "", "Expire", "",
                // Unprocessed: no method or forward yet (recorded reply).
                "Method", processed && !trade.jobCd.equals("CHECK") ? "1" : "", "PayTimes", "",
                "Forward", processed ? trade.forward : "", "TranID", trade.tranId, "Approve", trade.approve);
        List<String> client = trade.clientFields == null ? List.of("", "", "") : trade.clientFields;
        answer.put("ClientField1", client.get(0));
        answer.put("ClientField2", client.get(1));
        answer.put("ClientField3", client.get(2));
        return answer;
    }

    synchronized Map<String, String> saveMember(Map<String, String> in) {
        String memberId = memberId(in);
        if (members.putIfAbsent(memberId, new Member(in.getOrDefault("MemberName", ""))) != null) {
            throw new Refusal("E01", "E01220010");
        }
        return fields("MemberID", memberId);
    }

    synchronized Map<String, String> searchMember(Map<String, String> in) {
        String memberId = memberId(in);
        Member member = members.get(memberId);
        if (member == null) {
            throw new Refusal("E01", "E01390002");
        }
        return fields("MemberID", memberId, "MemberName", member.name, "DeleteFlag", "0");
    }

    synchronized Map<String, String> saveCard(Map<String, String> in) {
        Member member = members.get(memberId(in));
        if (member == null) {
            throw new Refusal("E01", "E01390002");
        }
        String token = in.getOrDefault("Token", "");
        if (token.isBlank() || !usedTokens.add(token)) {
            throw new Refusal("EX1", "EX1000301");
        }
        // SaveCard / SearchCard mask as 13 '*' and the last 3 digits (recorded replies).
        String last3 = String.format("%03d", random.nextInt(1_000));
        Card card = new Card(Integer.toString(member.cards.size()), "*************" + last3,
                ShopTime.dateOf(clock.instant()).plusYears(3).format(DateTimeFormatter.ofPattern("yyMM")),
                token.contains("decline"), in.getOrDefault("HolderName", ""));
        // DefaultFlag as SaveCard was sent it (fact sheet: a SaveCard input, answered per card by SearchCard).
        // The sheet is silent on a first card saved without it (kept not default here) and on several
        // defaults; one default per member is assumed, so a new default takes the flag from the others.
        if ("1".equals(in.get("DefaultFlag"))) {
            member.cards.forEach(other -> other.isDefault = false);
            card.isDefault = true;
        }
        member.cards.add(card);
        return fields("CardSeq", card.seq, "CardNo", card.number, "Forward", "2a99662");
    }

    synchronized Map<String, String> searchCard(Map<String, String> in) {
        Member member = members.get(memberId(in));
        if (member == null) {
            throw new Refusal("E01", "E01390002");
        }
        List<Card> live = member.cards.stream().filter(card -> !card.deleted).toList();
        if (live.isEmpty()) {
            throw new Refusal("E01", "E01240002");
        }
        return fields("CardSeq", join(live, Card::seq), "DefaultFlag", join(live, card -> card.isDefault ? "1" : "0"), "CardName",
                join(live, card -> ""), "CardNo", join(live, Card::number), "Expire", join(live, Card::expire),
                "HolderName", join(live, Card::holderName), "DeleteFlag", join(live, card -> "0"));
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

    private void settle(Trade trade, String status) {
        trade.status = status;
        // TranID: 28 digits (recorded replies).
        trade.tranId = String.format("%014d%014d", Math.floorMod(random.nextLong(), 100_000_000_000_000L),
                Math.floorMod(random.nextLong(), 100_000_000_000_000L));
        trade.approve = trade.jobCd.equals("CHECK") ? "" : String.format("%07d", random.nextInt(10_000_000));
        trade.tranDate = now();
        trade.processDate = trade.tranDate;
        trade.processedOn = ShopTime.dateOf(clock.instant());
        if (status.equals("AUTH") || status.equals("CAPTURE")) {
            trade.authorizedAt = clock.instant();
        }
    }

    /** ExecTran / SecureTran2 keys in GMO's order; ClientFields only when asked to echo them. */
    private Map<String, String> execAnswer(Trade trade) {
        Map<String, String> answer = fields("ACS", "0", "OrderID", trade.orderId, "Forward", trade.forward,
                "Method", trade.jobCd.equals("CHECK") ? "" : "1", "PayTimes", "", "Approve", trade.approve, "TranID",
                trade.tranId, "TranDate", trade.tranDate, "CheckString", hex());
        if (trade.clientFields != null) {
            answer.put("ClientField1", trade.clientFields.get(0));
            answer.put("ClientField2", trade.clientFields.get(1));
            answer.put("ClientField3", trade.clientFields.get(2));
        }
        return answer;
    }

    /** AlterTran / ChangeTran: six keys (recorded replies). */
    private static Map<String, String> tranAnswer(Trade trade) {
        return fields("AccessID", trade.accessId, "AccessPass", trade.accessPass, "Forward", trade.forward,
                "Approve", trade.approve, "TranID", trade.tranId, "TranDate", trade.tranDate);
    }

    private String now() {
        return LocalDateTime.now(clock.withZone(ShopTime.ZONE)).format(TRAN_DATE);
    }

    /** ShopID/ShopPass present and the shop's (missing ShopPass: E01020001, assumed; unknown shop: E01030002). */
    private void shop(Map<String, String> in, Errors errors) {
        String shopId = in.getOrDefault("ShopID", "");
        String shopPass = in.getOrDefault("ShopPass", "");
        if (shopId.isBlank()) {
            errors.add("E01", "E01010001");
        }
        if (shopPass.isBlank()) {
            errors.add("E01", "E01020001");
        }
        if (!shopId.isBlank() && !shopPass.isBlank()
                && (!shopId.equals(credentials.get("ShopID")) || !shopPass.equals(credentials.get("ShopPass")))) {
            errors.add("E01", "E01030002");
        }
    }

    /** SiteID/SitePass present and the site's (the site codes are assumed; GMO's are not recorded publicly). */
    private void site(Map<String, String> in, Errors errors) {
        String siteId = in.getOrDefault("SiteID", "");
        String sitePass = in.getOrDefault("SitePass", "");
        if (siteId.isBlank()) {
            errors.add("E01", "E01200001");
        }
        if (sitePass.isBlank()) {
            errors.add("E01", "E01210001");
        }
        if (!siteId.isBlank() && !sitePass.isBlank()
                && (!siteId.equals(credentials.get("SiteID")) || !sitePass.equals(credentials.get("SitePass")))) {
            errors.add("E01", "E01200002");
        }
    }

    /** AccessID and AccessPass, one error each when missing (recorded: E01090008, E01100008, E01110002). */
    private Trade byAccess(Map<String, String> in) {
        String accessId = in.getOrDefault("AccessID", "");
        String accessPass = in.getOrDefault("AccessPass", "");
        Errors errors = new Errors();
        if (accessId.isBlank()) {
            errors.add("E01", "E01090008");
        }
        if (accessPass.isBlank()) {
            errors.add("E01", "E01100008");
        }
        Optional<Trade> trade = trades.values().stream()
                .filter(candidate -> candidate.accessId.equals(accessId) && candidate.accessPass.equals(accessPass))
                .findFirst();
        if (trade.isEmpty()) {
            errors.add("E01", "E01110002");
        }
        errors.throwIfAny();
        return trade.orElseThrow();
    }

    private Optional<Card> card(String memberId, String seq) {
        Member member = members.get(memberId);
        return member == null ? Optional.empty()
                : member.cards.stream().filter(card -> card.seq.equals(seq) && !card.deleted).findFirst();
    }

    private String memberId(Map<String, String> in) {
        Errors errors = new Errors();
        site(in, errors);
        String memberId = in.getOrDefault("MemberID", "");
        if (memberId.isBlank()) {
            errors.add("E01", "E01390002");
        }
        errors.throwIfAny();
        return memberId;
    }

    private static long amount(@Nullable String amount) {
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

    /** GMO's errors of one call, one per failing field in the order the fields are checked. */
    private static final class Errors {
        private final List<String> codes = new ArrayList<>();
        private final List<String> infos = new ArrayList<>();

        void add(String code, String info) {
            codes.add(code);
            infos.add(info);
        }

        void throwIfAny() {
            if (!codes.isEmpty()) {
                throw new Refusal(String.join("|", codes), String.join("|", infos));
            }
        }
    }

    /** A GMO error answer: {@code ErrCode}/{@code ErrInfo}, pipe lists when several fields fail. */
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
        @Nullable LocalDate processedOn;
        @Nullable Instant authorizedAt;
        @Nullable String memberId;
        @Nullable List<String> clientFields;
        boolean failsChallenge;

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

    private static final class Member {
        final String name;
        final List<Card> cards = new ArrayList<>();

        Member(String name) {
            this.name = name;
        }
    }

    private static final class Card {
        final String seq;
        final String number;
        final String expire;
        final boolean declines;
        final String holderName;
        boolean deleted;
        boolean isDefault;

        Card(String seq, String number, String expire, boolean declines, String holderName) {
            this.seq = seq;
            this.number = number;
            this.expire = expire;
            this.declines = declines;
            this.holderName = holderName;
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

        String holderName() {
            return holderName;
        }
    }
}
