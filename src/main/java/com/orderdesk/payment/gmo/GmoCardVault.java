package com.orderdesk.payment.gmo;

import java.util.List;
import java.util.function.Supplier;

import com.orderdesk.payment.gateway.kit.ProviderTransportFailure;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.StoredCards.StoredCard;
import com.orderdesk.payment.gmo.wire.DeleteCardRequest;
import com.orderdesk.payment.gmo.wire.GmoReply;
import com.orderdesk.payment.gmo.wire.GmoRequest;
import com.orderdesk.payment.gmo.wire.MalformedGmoReply;
import com.orderdesk.payment.gmo.wire.SaveCardRequest;
import com.orderdesk.payment.gmo.wire.SaveCardResponse;
import com.orderdesk.payment.gmo.wire.SaveMemberRequest;
import com.orderdesk.payment.gmo.wire.SearchCardRequest;
import com.orderdesk.payment.gmo.wire.SearchCardResponse;
import com.orderdesk.payment.gmo.wire.SearchMemberRequest;
import com.orderdesk.payment.gmo.wire.SiteCredentials;
import com.orderdesk.shared.NotFound;
import com.orderdesk.shared.ProblemException;
import org.jspecify.annotations.Nullable;

/**
 * Cards kept at GMO-PG for a customer (member = OrderDesk customer id, card = GMO's CardSeq). The
 * card arrives as a one-time token; only GMO's masked number and the expiry come back out.
 */
class GmoCardVault {

    private static final String MEMBER_NOT_FOUND = "E01390002";
    private static final String CARD_NOT_FOUND = "E01240002";
    private static final String MEMBER_EXISTS = "E01220010";

    private final GmoClient client;

    GmoCardVault(GmoClient client) {
        this.client = client;
    }

    List<StoredCard> list(String memberId, ProviderSettings settings) {
        GmoReply reply = send(settings, new SearchCardRequest(GmoAccount.site(settings), memberId));
        if (reply.hasErrorInfo(MEMBER_NOT_FOUND) || reply.hasErrorInfo(CARD_NOT_FOUND)) {
            return List.of();
        }
        refuseOnError("SearchCard", reply);
        return read(() -> SearchCardResponse.from(reply)).cards().stream()
                .map(card -> new StoredCard(card.cardSeq(), card.maskedCardNo(), expiry(card.expire()), card.isDefault()))
                .toList();
    }

    StoredCard store(String memberId, String memberName, String token, @Nullable String holderName,
            ProviderSettings settings) {
        SiteCredentials site = GmoAccount.site(settings);
        GmoReply member = send(settings, new SearchMemberRequest(site, memberId));
        boolean firstCard;
        if (member.hasErrorInfo(MEMBER_NOT_FOUND)) {
            GmoReply saved = send(settings, new SaveMemberRequest(site, memberId, memberName));
            // A parallel request may have created the member in between; that is what we wanted.
            if (!saved.hasErrorInfo(MEMBER_EXISTS)) {
                refuseOnError("SaveMember", saved);
            }
            firstCard = true;
        }
        else {
            refuseOnError("SearchMember", member);
            firstCard = hasNoCard(memberId, settings);
        }
        // The fact sheet records DefaultFlag as a SaveCard input answered per card by SearchCard, but is
        // silent on whether GMO makes a member's first card the default by itself; so the customer's
        // only card is asked for as the default explicitly, later cards leave the default as it is.
        GmoReply reply = send(settings, new SaveCardRequest(site, memberId, token, holderName, firstCard));
        refuseOnError("SaveCard", reply);
        SaveCardResponse saved = read(() -> SaveCardResponse.from(reply));
        StoredCard withoutExpiry = new StoredCard(saved.cardSeq(),
                saved.maskedCardNo() == null ? "" : saved.maskedCardNo(), "", firstCard);
        // SaveCard does not return the expiry; SearchCard does. The card is stored either way, so a
        // failing look-up must not turn the answer into an error.
        try {
            return list(memberId, settings).stream().filter(card -> card.cardId().equals(saved.cardSeq())).findFirst()
                    .orElse(withoutExpiry);
        }
        catch (ProblemException e) {
            return withoutExpiry;
        }
    }

    /** Only a sure "no card yet" asks for the default: a look-up that fails must not stop the card being stored. */
    private boolean hasNoCard(String memberId, ProviderSettings settings) {
        try {
            return list(memberId, settings).isEmpty();
        }
        catch (ProblemException e) {
            return false;
        }
    }

    void delete(String memberId, String cardId, ProviderSettings settings) {
        GmoReply reply = send(settings, new DeleteCardRequest(GmoAccount.site(settings), memberId, cardId));
        if (reply.hasErrorInfo(CARD_NOT_FOUND) || reply.hasErrorInfo(MEMBER_NOT_FOUND)) {
            throw new NotFound("Stored card", cardId);
        }
        refuseOnError("DeleteCard", reply);
    }

    /** {@code YYMM} as GMO keeps it, shown as {@code MM/YY}. */
    private static String expiry(String yymm) {
        return yymm.length() == 4 ? yymm.substring(2) + "/" + yymm.substring(0, 2) : yymm;
    }

    private GmoReply send(ProviderSettings settings, GmoRequest request) {
        try {
            return client.send(settings.baseUrl(), request);
        }
        catch (ProviderTransportFailure.NotSent e) {
            throw GmoOutcomes.OUTCOMES.unavailable(e.getMessage());
        }
        catch (ProviderTransportFailure e) {
            // The card may or may not be stored now; listing the cards tells.
            throw GmoOutcomes.OUTCOMES.unavailable(e.getMessage() + "; list the customer's cards before trying again");
        }
    }

    private static <T> T read(Supplier<T> reader) {
        try {
            return reader.get();
        }
        catch (MalformedGmoReply e) {
            throw GmoOutcomes.OUTCOMES.unavailable(e.getMessage());
        }
    }

    private static void refuseOnError(String api, GmoReply reply) {
        if (reply.failed()) {
            throw new GmoRequestRefused(api, reply);
        }
    }
}
