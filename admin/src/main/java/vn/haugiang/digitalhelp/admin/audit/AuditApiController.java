package vn.haugiang.digitalhelp.admin.audit;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
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
    PageView<AuditEntry> list(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        PageRequest request = PageRequest.of(page, size, properties);
        return new PageView<>(audit.page(request.offset(), request.size()), page, request.size(), audit.count());
    }
}
