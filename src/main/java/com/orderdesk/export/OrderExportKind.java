package com.orderdesk.export;

import org.jspecify.annotations.Nullable;

/**
 * What an order export produces: the 受注CSV, or a document per order (帳票一括出力) as one PDF to
 * print or as a ZIP with one PDF per order.
 */
public enum OrderExportKind {

    ORDER_CSV(null, "text/csv;charset=UTF-8", "csv"),
    DELIVERY_NOTES_PDF(OrderDocuments.Kind.DELIVERY_NOTE, "application/pdf", "pdf"),
    DELIVERY_NOTES_ZIP(OrderDocuments.Kind.DELIVERY_NOTE, "application/zip", "zip"),
    RECEIPTS_PDF(OrderDocuments.Kind.RECEIPT, "application/pdf", "pdf"),
    RECEIPTS_ZIP(OrderDocuments.Kind.RECEIPT, "application/zip", "zip");

    private final OrderDocuments.@Nullable Kind document;
    private final String contentType;
    private final String extension;

    OrderExportKind(OrderDocuments.@Nullable Kind document, String contentType, String extension) {
        this.document = document;
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The document kind for 帳票 exports; null for the CSV. */
    public OrderDocuments.@Nullable Kind document() {
        return document;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The kind that packs {@code document} for all orders into one PDF, or into a ZIP of one PDF per order. */
    public static OrderExportKind of(OrderDocuments.Kind document, boolean zip) {
        return switch (document) {
            case DELIVERY_NOTE -> zip ? DELIVERY_NOTES_ZIP : DELIVERY_NOTES_PDF;
            case RECEIPT -> zip ? RECEIPTS_ZIP : RECEIPTS_PDF;
        };
    }
}
