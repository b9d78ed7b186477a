package vn.haugiang.digitalhelp.admin.privacy;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.haugiang.digitalhelp.admin.AdminProperties;
import vn.haugiang.digitalhelp.admin.web.AdminPage;
import vn.haugiang.digitalhelp.admin.web.PageRequest;
import vn.haugiang.digitalhelp.admin.web.PageView;
import vn.haugiang.digitalhelp.admin.web.Pager;
import vn.haugiang.digitalhelp.bot.privacy.RightsRequest;
import vn.haugiang.digitalhelp.bot.privacy.RightsRequests;

/** ADMIN: the register of residents' rights requests (access, erasure, withdrawal), newest first. */
@Controller
@AdminPage
@RequestMapping("/admin/rights-requests")
class RightsRequestsPagesController {

    static final Map<RightsRequest.Kind, String> KINDS = Map.of(
            RightsRequest.Kind.ACCESS, "Xem dữ liệu (/xemdulieu)",
            RightsRequest.Kind.ERASURE, "Xóa dữ liệu (/xoadulieu)",
            RightsRequest.Kind.WITHDRAWAL, "Rút lại đồng ý (/rutdongy)");
    static final Map<RightsRequest.Outcome, String> OUTCOMES = Map.of(
            RightsRequest.Outcome.ANSWERED, "Đã trả dữ liệu ngay",
            RightsRequest.Outcome.DONE, "Đã thực hiện ngay",
            RightsRequest.Outcome.DECLINED_BY_RESIDENT, "Người dân chọn không xóa");

    private final RightsRequests requests;
    private final AdminProperties properties;

    RightsRequestsPagesController(RightsRequests requests, AdminProperties properties) {
        this.requests = requests;
        this.properties = properties;
    }

    @GetMapping
    String page(@RequestParam(defaultValue = "0") int page, Model model) {
        PageRequest request = PageRequest.of(page, null, properties);
        PageView<RightsRequest> found = new PageView<>(requests.page(request.page(), request.size()), request.page(),
                request.size(), requests.count());
        model.addAttribute("requests", found);
        model.addAttribute("pager", Pager.of(found));
        model.addAttribute("kinds", KINDS);
        model.addAttribute("outcomes", OUTCOMES);
        return "admin/privacy/rights-requests";
    }
}
