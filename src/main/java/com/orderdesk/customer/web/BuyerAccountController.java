package com.orderdesk.customer.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import com.orderdesk.customer.BuyerAccountView;
import com.orderdesk.customer.BuyerAccounts;
import com.orderdesk.customer.BuyerApplication;
import com.orderdesk.customer.internal.BuyerAccountProblems;
import com.orderdesk.customer.internal.BuyerCallLog;
import com.orderdesk.customer.internal.CustomerDirectory;
import com.orderdesk.shared.StoreCaller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * クロネコ掛け払い取引先登録・照会: a store's member applies as a buyer company and reads its screening
 * status (API key; another store's member is 404); operators read the account with its provider
 * calls and refresh the status from the provider.
 */
@RestController
class BuyerAccountController {

    private final BuyerAccounts accounts;
    private final CustomerDirectory directory;

    BuyerAccountController(BuyerAccounts accounts, CustomerDirectory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    /** The account and the calls made for it (operators). */
    record AdminBuyerAccountView(BuyerAccountView account, List<BuyerCallLog.Entry> calls) {
    }

    @PostMapping("/api/store/customers/{id}/kakebarai")
    ResponseEntity<BuyerAccountView> apply(@PathVariable UUID id, @RequestBody BuyerApplication application) {
        directory.getForStore(id, StoreCaller.currentStore());
        BuyerAccountView view = accounts.apply(id, application);
        return ResponseEntity.created(URI.create("/api/store/customers/" + id + "/kakebarai")).body(view);
    }

    @GetMapping("/api/store/customers/{id}/kakebarai")
    BuyerAccountView storeView(@PathVariable UUID id) {
        directory.getForStore(id, StoreCaller.currentStore());
        return accounts.find(id).orElseThrow(() -> new BuyerAccountProblems.NoBuyerAccount(id.toString()));
    }

    @GetMapping("/api/admin/customers/{id}/kakebarai")
    AdminBuyerAccountView adminView(@PathVariable UUID id) {
        directory.get(id);
        BuyerAccountView account = accounts.find(id)
                .orElseThrow(() -> new BuyerAccountProblems.NoBuyerAccount(id.toString()));
        return new AdminBuyerAccountView(account, accounts.calls(id));
    }

    @PostMapping("/api/admin/customers/{id}/kakebarai/refresh")
    BuyerAccountView refresh(@PathVariable UUID id) {
        directory.get(id);
        return accounts.refresh(id);
    }
}
