package com.orderdesk.console.web;

import com.orderdesk.export.OrderDocuments;
import com.orderdesk.order.Order;
import com.orderdesk.order.OrderManagement;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** 帳票出力 for one order: its 納品書 and its 領収書 (適格請求書) as PDF downloads. */
@Controller
class DocumentsController {

    private final OrderManagement orders;
    private final OrderDocuments documents;

    DocumentsController(OrderManagement orders, OrderDocuments documents) {
        this.orders = orders;
        this.documents = documents;
    }

    @GetMapping("/console/orders/{number}/delivery-note.pdf")
    ResponseEntity<byte[]> deliveryNote(@PathVariable String number) {
        Order order = orders.find(number);
        return pdf(OrderDocuments.Kind.DELIVERY_NOTE.fileName(order.number()),
                documents.render(OrderDocuments.Kind.DELIVERY_NOTE, order));
    }

    @GetMapping("/console/orders/{number}/receipt.pdf")
    ResponseEntity<byte[]> receipt(@PathVariable String number) {
        Order order = orders.find(number);
        return pdf(OrderDocuments.Kind.RECEIPT.fileName(order.number()), documents.render(OrderDocuments.Kind.RECEIPT, order));
    }

    private static ResponseEntity<byte[]> pdf(String filename, byte[] body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
                .body(body);
    }
}
