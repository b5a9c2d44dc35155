package com.orderdesk.console.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.orderdesk.customer.internal.Customer;
import com.orderdesk.customer.internal.CustomerDirectory;
import com.orderdesk.customer.internal.CustomerGroup;
import com.orderdesk.customer.internal.CustomerGroups;
import com.orderdesk.customer.internal.GroupMemberships;
import com.orderdesk.shared.ProblemException;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 設定 › 顧客・顧客グループ (ADMIN only, by the console's filter chain): customers searched by name,
 * kana, e-mail or company and by group, with their groups; the groups (add, rename, remove) with
 * their member counts; group memberships as CSV, downloaded and uploaded with a result per row. The
 * customer module's directory, groups and CSV import do the work, as for {@code /api/admin/customers}
 * and {@code /api/admin/customer-groups}.
 */
@Controller
@RequestMapping("/console/settings/customers")
class CustomersController {

    static final int PAGE_SIZE = 50;

    private final CustomerDirectory directory;
    private final CustomerGroups groups;
    private final GroupMemberships memberships;

    CustomersController(CustomerDirectory directory, CustomerGroups groups, GroupMemberships memberships) {
        this.directory = directory;
        this.groups = groups;
        this.memberships = memberships;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String group,
            @RequestParam(defaultValue = "0") int page, Model model) {
        return page(model, q, group, Math.max(page, 0), Problems.none(), null);
    }

    /** Adds a group; a taken or malformed code is shown beside the code field. */
    @PostMapping("/groups")
    String createGroup(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) @Nullable String description, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Problems problems = Problems.fields(groupProblems(code, name, description));
        if (problems.isEmpty()) {
            try {
                groups.create(code.strip(), name.strip(), description == null || description.isBlank() ? null : description.strip());
            } catch (ProblemException problem) {
                problems = Problems.of(problem).withField("code");
                response.setStatus(problem.status());
            }
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        if (!problems.isEmpty()) {
            return page(model, null, null, 0, problems, new GroupDraft(code, name, description));
        }
        redirect.addFlashAttribute("notice", "顧客グループ " + code.strip() + " を追加しました。");
        return "redirect:/console/settings/customers";
    }

    @PostMapping("/groups/{code}/remove")
    String removeGroup(@PathVariable String code, RedirectAttributes redirect) {
        groups.remove(code);
        redirect.addFlashAttribute("notice", "顧客グループ " + code + " を削除しました。");
        return "redirect:/console/settings/customers";
    }

    /** The memberships as the customer API writes them (UTF-8 with BOM), for a spreadsheet. */
    @GetMapping("/groups.csv")
    ResponseEntity<byte[]> exportGroups(@RequestParam(required = false) @Nullable String group) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"customer-groups.csv\"")
                .body(memberships.exportCsv(group == null || group.isBlank() ? null : group));
    }

    /** Starts an uploaded membership CSV as a job, followed on its progress page with the result of every row. */
    @PostMapping("/groups.csv")
    String importGroups(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
            HttpServletResponse response) throws IOException {
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, null, null, 0, Problems.field("file", "CSVファイルを選んでください"), null);
        }
        try {
            return "redirect:/console/jobs/" + memberships.startImport(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(file.getBytes())).toString()).id();
        } catch (CharacterCodingException notUtf8) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, null, null, 0, Problems.field("file",
                    "UTF-8 のテキストではありません。「CSV UTF-8」で保存し直してください"), null);
        } catch (ProblemException problem) {
            response.setStatus(problem.status());
            return page(model, null, null, 0, Problems.of(problem).withField("file"), null);
        }
    }

    /** The customer API's shape rules for a group (GroupInput), with its limits. */
    private static Map<String, String> groupProblems(String code, String name, @Nullable String description) {
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (!code.strip().matches("[A-Za-z0-9_-]{1,32}")) {
            problems.put("code", "コードは英数字・_・- の1〜32文字で入力してください");
        }
        if (name.isBlank() || name.strip().length() > 100) {
            problems.put("name", "名称を100文字以内で入力してください");
        }
        if (description != null && description.length() > 500) {
            problems.put("description", "説明は500文字以内で入力してください");
        }
        return problems;
    }

    /** What the operator typed into the group form, shown again after a refusal. */
    record GroupDraft(String code, String name, @Nullable String description) {
    }

    private String page(Model model, @Nullable String q, @Nullable String group, int page, Problems problems,
            @Nullable GroupDraft draft) {
        Page<Customer> found = directory.search(new CustomerDirectory.Criteria(q == null || q.isBlank() ? null : q.strip(),
                null, group == null || group.isBlank() ? null : group, page, PAGE_SIZE));
        List<CustomerGroup> all = groups.all();
        model.addAttribute("customers", found);
        model.addAttribute("q", q);
        model.addAttribute("group", group);
        model.addAttribute("groups", all);
        model.addAttribute("memberCounts", all.stream().collect(Collectors.toMap(CustomerGroup::code,
                candidate -> groups.memberCount(candidate.code()))));
        model.addAttribute("problems", problems);
        model.addAttribute("draft", draft);
        return "console/settings/customers";
    }
}
