package vn.haugiang.digitalhelp.admin.audit;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.haugiang.digitalhelp.admin.AdminProperties;
import vn.haugiang.digitalhelp.admin.web.AdminApi;
import vn.haugiang.digitalhelp.admin.web.PageRequest;
import vn.haugiang.digitalhelp.admin.web.PageView;

/** The audit log over JSON (ADMIN only), newest first. */
@RestController
@AdminApi
@Tag(name = "Nhật ký thay đổi")
class AuditApiController {

    private final AuditLog audit;
    private final AdminProperties properties;

    AuditApiController(AuditLog audit, AdminProperties properties) {
        this.audit = audit;
        this.properties = properties;
    }

    @GetMapping(value = "/api/admin/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ai đã thay đổi gì, khi nào")
    PageView<AuditEntry> list(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size,
                              @Parameter(description = "Chỉ việc của người này (tên đăng nhập; \"seed\": bản mẫu)")
                              @RequestParam(required = false) String actor,
                              @Parameter(description = "Chỉ loại đối tượng này, ví dụ article, escalation, team_member")
                              @RequestParam(required = false) String objectType,
                              @Parameter(description = "Chỉ đối tượng có mã này")
                              @RequestParam(required = false) String objectId) {
        PageRequest request = PageRequest.of(page, size, properties);
        AuditFilter filter = AuditFilter.of(actor, objectType, objectId);
        return new PageView<>(audit.page(filter, request.offset(), request.size()), page, request.size(), audit.count(filter));
    }
}
