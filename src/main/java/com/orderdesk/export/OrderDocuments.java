package com.orderdesk.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.orderdesk.order.Order;
import com.orderdesk.order.OrderLine;
import com.orderdesk.order.OrderTotals;
import com.orderdesk.shared.ShopTime;
import com.orderdesk.shared.TaxCategory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * 帳票: the 納品書 (delivery note) and the 領収書 that is also a qualified invoice (適格請求書: the
 * shop's registration number, amounts and consumption tax per rate as the order computed them,
 * rounded once per rate, the transaction and issue dates), as A4 PDFs with IPAexGothic embedded
 * (shipped under the IPA Font License, see {@code fonts/}). The numbers come from the order's own
 * totals; nothing is recomputed here. Several orders make one PDF with a page (or more) per order,
 * the font embedded once, which is what 帳票一括出力 hands to the printer.
 */
@Component
@EnableConfigurationProperties(ShopProperties.class)
public class OrderDocuments {

    /** Which document: the 納品書 or the 領収書 (適格請求書). */
    public enum Kind {
        DELIVERY_NOTE("納品書", "delivery-note"), RECEIPT("領収書（適格請求書）", "receipt");

        private final String title;
        private final String fileStem;

        Kind(String title, String fileStem) {
            this.title = title;
            this.fileStem = fileStem;
        }

        public String title() {
            return title;
        }

        /** The file name of this document for one order, e.g. {@code receipt-OD-000001.pdf}. */
        public String fileName(String orderNumber) {
            return fileStem + "-" + orderNumber + ".pdf";
        }
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final String FONT = "fonts/ipaexg.ttf";

    private final ShopProperties shop;
    private final Clock clock;
    private final byte[] font;

    OrderDocuments(ShopProperties shop, Clock clock) {
        this.shop = shop;
        this.clock = clock;
        try (InputStream in = OrderDocuments.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException(FONT + " is missing from the classpath");
            }
            this.font = in.readAllBytes();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** One order's document as a PDF; never null. */
    public byte[] render(Kind kind, Order order) {
        return render(kind, List.of(order), kind.title() + " " + order.number());
    }

    /** The orders' documents as one PDF, each order starting on a new page; {@code orders} must not be empty. */
    public byte[] render(Kind kind, List<Order> orders) {
        if (orders.isEmpty()) {
            throw new IllegalArgumentException("no orders to render");
        }
        return render(kind, orders, kind.title() + (orders.size() == 1 ? " " + orders.getFirst().number()
                : " " + orders.size() + "件"));
    }

    private byte[] render(Kind kind, List<Order> orders, String documentTitle) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, font, null);
            Fonts fonts = new Fonts(new Font(base, 18, Font.BOLD), new Font(base, 10), new Font(base, 12, Font.BOLD));
            document.addTitle(documentTitle);
            document.open();
            for (Order order : orders) {
                document.newPage();
                page(document, order, kind, fonts);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("the embedded font could not be read", ex);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private record Fonts(Font heading, Font text, Font strong) {
    }

    private void page(Document document, Order order, Kind kind, Fonts fonts) {
        Font heading = fonts.heading();
        Font text = fonts.text();
        Font strong = fonts.strong();
        String title = kind.title();
        boolean invoice = kind == Kind.RECEIPT;
        Paragraph head = new Paragraph(title, heading);
        head.setAlignment(Element.ALIGN_CENTER);
        document.add(head);
        document.add(new Paragraph(order.customer().name() + " 様", strong));
        document.add(new Paragraph("受注番号 " + order.number() + "　取引日 " + date(ShopTime.dateOf(order.placedAt()))
                + "　発行日 " + date(LocalDate.now(clock.withZone(ShopTime.ZONE))), text));
        if (!invoice) {
            document.add(new Paragraph("お届け先 〒" + order.delivery().postalCode() + " " + order.delivery().prefecture()
                    + order.delivery().city() + order.delivery().address1() + " "
                    + (order.delivery().address2() == null ? "" : order.delivery().address2()) + " "
                    + order.delivery().name() + " 様", text));
        }
        document.add(new Paragraph(" ", text));
        if (invoice) {
            Paragraph amount = new Paragraph("金額 " + yen(order.totals().total()) + "（税込）", heading);
            document.add(amount);
            document.add(new Paragraph("上記の金額を正に領収いたしました。", text));
            document.add(new Paragraph(" ", text));
        }
        document.add(lines(order, text));
        document.add(totals(order, text, strong));
        document.add(new Paragraph("※は軽減税率（8%）対象です。消費税は税率ごとに合計した金額から計算し、1円未満を切り捨てています。", text));
        document.add(new Paragraph(" ", text));
        document.add(new Paragraph(shop.name(), strong));
        document.add(new Paragraph(shop.address() + "　TEL " + shop.phone(), text));
        if (invoice) {
            document.add(new Paragraph("登録番号 " + shop.registrationNumber(), text));
        }
    }

    private static PdfPTable lines(Order order, Font text) {
        PdfPTable table = new PdfPTable(new float[] {2, 5, 2, 1, 2});
        table.setWidthPercentage(100);
        for (String header : new String[] {"商品コード", "商品名", "単価（税込）", "数量", "金額（税込）"}) {
            table.addCell(cell(header, text, Element.ALIGN_CENTER));
        }
        for (OrderLine line : order.lines()) {
            String mark = line.taxCategory() == TaxCategory.REDUCED_8 ? "※" : "";
            table.addCell(cell(line.productCode(), text, Element.ALIGN_LEFT));
            table.addCell(cell(mark + line.productName(), text, Element.ALIGN_LEFT));
            table.addCell(cell(yen(line.unitPrice()), text, Element.ALIGN_RIGHT));
            table.addCell(cell(String.valueOf(line.quantity()), text, Element.ALIGN_RIGHT));
            table.addCell(cell(yen(line.amount()), text, Element.ALIGN_RIGHT));
        }
        return table;
    }

    private static PdfPTable totals(Order order, Font text, Font strong) {
        OrderTotals totals = order.totals();
        PdfPTable table = new PdfPTable(new float[] {2, 3});
        table.setWidthPercentage(65);
        table.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.setSpacingBefore(8);
        row(table, "小計", yen(totals.subtotal()), text);
        row(table, "送料", yen(order.shippingFee()), text);
        row(table, "決済手数料", yen(order.paymentFee()), text);
        if (order.adjustment().amount() != 0) {
            row(table, "金額調整 " + order.adjustment().label(), yen(order.adjustment().amount()), text);
        }
        order.discounts().forEach(discount -> row(table, discount.label() + " (" + discount.taxCategory().ratePercent()
                + "%対象)", yen(-discount.amount()), text));
        if (order.usedPoints() != 0) {
            row(table, "ポイント利用", yen(-order.usedPoints()), text);
        }
        row(table, "合計（税込）", yen(totals.total()), strong);
        row(table, "10%対象", yen(totals.taxBase10()) + "（内消費税 " + yen(totals.tax10()) + "）", text);
        row(table, "8%対象", yen(totals.taxBase8()) + "（内消費税 " + yen(totals.tax8()) + "）", text);
        return table;
    }

    private static void row(PdfPTable table, String label, String value, Font font) {
        table.addCell(cell(label, font, Element.ALIGN_LEFT));
        table.addCell(cell(value, font, Element.ALIGN_RIGHT));
    }

    private static PdfPCell cell(String value, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        return cell;
    }

    private static String yen(long amount) {
        return String.format("%,d円", amount);
    }

    private static String date(LocalDate day) {
        return DATE.format(day);
    }
}
