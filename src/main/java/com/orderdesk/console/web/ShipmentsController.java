package com.orderdesk.console.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import com.orderdesk.order.OrderStatus;
import com.orderdesk.shared.ProblemException;
import com.orderdesk.shared.ShopTime;
import com.orderdesk.shipping.ShippingManagement;
import com.orderdesk.shipping.internal.b2.B2Export;
import com.orderdesk.shipping.internal.b2.B2Import;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 出荷: the latest shipments, the B2 Cloud CSV download of the orders awaiting shipment
 * (B2出荷データ出力) and the upload of B2's issued data with a result per row (送り状番号取込),
 * through the same shipping API as {@code /api/admin/shipments/b2-*}.
 */
@Controller
@RequestMapping("/console/shipments")
class ShipmentsController {

    static final int RECENT = 100;
    private static final MediaType B2_CSV = MediaType.parseMediaType("text/csv;charset=Windows-31J");

    private final ShippingManagement shipping;
    private final B2Export export;
    private final B2Import importer;

    ShipmentsController(ShippingManagement shipping, B2Export export, B2Import importer) {
        this.shipping = shipping;
        this.export = export;
        this.importer = importer;
    }

    @GetMapping
    String overview(Model model) {
        return page(Problems.none(), model);
    }

    /** The B2 file; a problem (text B2 would refuse, too many orders) comes back on the page by field. */
    @GetMapping("/b2-export")
    Object exportB2(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate placedFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate placedTo,
            @RequestParam(name = "status", required = false) @Nullable List<OrderStatus> statuses,
            @RequestParam(required = false) @Nullable String deliveryMethodCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate shipDate,
            Model model, HttpServletResponse response) {
        try {
            B2Export.File file = export.export(new B2Export.Filter(placedFrom, placedTo,
                    statuses == null || statuses.isEmpty() ? EnumSet.noneOf(OrderStatus.class) : EnumSet.copyOf(statuses),
                    deliveryMethodCode == null || deliveryMethodCode.isBlank() ? null : deliveryMethodCode.strip(),
                    shipDate));
            LocalDate day = shipDate != null ? shipDate : LocalDate.now(ShopTime.ZONE);
            return ResponseEntity.ok().contentType(B2_CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("b2-" + day.toString().replace("-", "") + ".csv").build().toString())
                    .header("X-Order-Count", Integer.toString(file.orders()))
                    .body(file.content());
        } catch (ProblemException problem) {
            response.setStatus(problem.status());
            return page(Problems.of(problem), model);
        }
    }

    @PostMapping("/b2-import")
    String importB2(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
            HttpServletResponse response) throws IOException {
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(Problems.field("file", "B2 クラウドから出力した発行済みデータ（CSV）を選んでください"), model);
        }
        try {
            return "redirect:/console/jobs/" + importer.start(file.getBytes()).id();
        } catch (ProblemException problem) {
            response.setStatus(problem.status());
            Problems problems = Problems.of(problem);
            return page(problems.isEmpty() ? problems : problems.withField("file"), model);
        }
    }

    private String page(Problems problems, Model model) {
        model.addAttribute("problems", problems);
        model.addAttribute("shipments", shipping.recentShipments(RECENT));
        model.addAttribute("deliveryMethods", shipping.activeDeliveryMethods());
        model.addAttribute("statuses", List.of(OrderStatus.NEW, OrderStatus.PROCESSING));
        return "console/shipments";
    }
}
