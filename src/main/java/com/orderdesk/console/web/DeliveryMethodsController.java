package com.orderdesk.console.web;

import java.util.EnumMap;
import java.util.Map;

import com.orderdesk.shared.ProblemException;
import com.orderdesk.shipping.Carrier;
import com.orderdesk.shipping.internal.DeliveryMethods;
import com.orderdesk.shipping.internal.FeeType;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 設定 › 配送方法 (ADMIN only, by the console's filter chain): the delivery methods with their
 * fees (flat or per prefecture), wish options and allowed payment methods; add, edit (with the
 * version the page was loaded with: a change made meanwhile is refused, 412), retire. The shipping
 * module's catalogue does the work, as for {@code /api/admin/delivery-methods}.
 */
@Controller
@RequestMapping("/console/settings/delivery-methods")
class DeliveryMethodsController {

    private static final Map<Carrier, String> CARRIERS = new EnumMap<>(Map.of(Carrier.YAMATO, "ヤマト運輸",
            Carrier.SAGAWA, "佐川急便", Carrier.JAPAN_POST, "日本郵便", Carrier.OTHER, "その他"));
    private static final Map<FeeType, String> FEE_TYPES = new EnumMap<>(Map.of(FeeType.FLAT, "全国一律",
            FeeType.BY_PREFECTURE, "都道府県別"));

    private final DeliveryMethods methods;

    DeliveryMethodsController(DeliveryMethods methods) {
        this.methods = methods;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("methods", methods.all(true));
        return "console/settings/delivery-methods";
    }

    @GetMapping("/new")
    String blank(Model model) {
        return page(new DeliveryMethodForm(), null, Problems.none(), model);
    }

    @GetMapping("/{code}")
    String show(@PathVariable String code, Model model) {
        return page(DeliveryMethodForm.of(methods.get(code)), code, Problems.none(), model);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") DeliveryMethodForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return save(form, null, binding, model, response, redirect);
    }

    @PostMapping("/{code}")
    String replace(@PathVariable String code, @ModelAttribute("form") DeliveryMethodForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        form.setCode(code);
        return save(form, code, binding, model, response, redirect);
    }

    @PostMapping("/{code}/retire")
    String retire(@PathVariable String code, RedirectAttributes redirect) {
        methods.retire(code);
        redirect.addFlashAttribute("notice", "配送方法 " + code + " を廃止しました。既存の受注はそのまま使えます。");
        return "redirect:/console/settings/delivery-methods";
    }

    private String save(DeliveryMethodForm form, @Nullable String existing, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Problems problems = binding.hasErrors() ? Problems.of(binding) : Problems.fields(form.problems(existing == null));
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(form, existing, problems, model);
        }
        try {
            if (existing == null) {
                methods.create(form.getCode(), form.toData());
            } else {
                methods.update(existing, form.toData(), form.getVersion());
            }
        } catch (ProblemException problem) {
            response.setStatus(problem.status());
            return page(form, existing, Problems.of(problem).renamed("fee.byPrefecture", "byPrefecture"), model);
        }
        redirect.addFlashAttribute("notice", "配送方法 " + form.getCode() + " を保存しました。");
        return "redirect:/console/settings/delivery-methods";
    }

    private String page(DeliveryMethodForm form, @Nullable String existing, Problems problems, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("problems", problems);
        model.addAttribute("carriers", CARRIERS);
        model.addAttribute("feeTypes", FEE_TYPES);
        return "console/settings/delivery-method";
    }
}
