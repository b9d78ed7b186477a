package vn.haugiang.digitalhelp.admin.guides;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.haugiang.digitalhelp.admin.AdminProperties;
import vn.haugiang.digitalhelp.admin.web.AdminApi;
import vn.haugiang.digitalhelp.admin.web.PageRequest;
import vn.haugiang.digitalhelp.admin.web.PageView;
import vn.haugiang.digitalhelp.kb.article.ArticleFilter;
import vn.haugiang.digitalhelp.kb.article.ArticleNotFoundException;
import vn.haugiang.digitalhelp.kb.article.ArticleStatus;
import vn.haugiang.digitalhelp.kb.article.ArticleStore;
import vn.haugiang.digitalhelp.kb.image.GuideImages;

/**
 * Guides over JSON: list, read, create, edit, publish, archive. Mappings have no "consumes" condition, so
 * a body of the wrong type reaches ApiErrors (a clear 400) instead of Spring's bare 415.
 */
@RestController
@AdminApi
@RequestMapping(value = "/api/admin/articles", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Bài hướng dẫn")
class GuideApiController {

    private final GuideListing listing;
    private final GuideChanges changes;
    private final ArticleStore articles;
    private final AdminProperties properties;
    private final GuideImages images;

    GuideApiController(GuideListing listing, GuideChanges changes, ArticleStore articles, AdminProperties properties,
                       GuideImages images) {
        this.images = images;
        this.listing = listing;
        this.changes = changes;
        this.articles = articles;
        this.properties = properties;
    }

    @GetMapping
    @Operation(summary = "Danh sách bài, lọc theo chủ đề/trạng thái, tìm bằng chính bộ tìm kiếm của bot")
    PageView<ArticleJson> list(@RequestParam(required = false) String q, @RequestParam(required = false) String topic,
                               @RequestParam(required = false) ArticleStatus status,
                               @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        ArticleFilter filter = new ArticleFilter(topic == null || topic.isBlank() ? null : topic.strip(), status);
        return listing.list(q, filter, PageRequest.of(page, size, properties)).map(ArticleJson::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một bài")
    ArticleJson get(@PathVariable String id) {
        return ArticleJson.of(articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(id)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Tạo bài (mặc định là bản nháp)")
    ArticleJson create(@RequestBody ArticleInput input, Principal user) {
        return ArticleJson.of(changes.create(input.checkedSlug(), input.content(images::exists), input.statusOr(ArticleStatus.DRAFT),
                user.getName()));
    }

    @PutMapping(value = "/{id}")
    @Operation(summary = "Sửa bài: cần version đang sửa; 409 nếu có người lưu sau đó. status DRAFT trên bài đã đăng lưu bản nháp bên cạnh, bot vẫn trả lời bằng bản đang đăng")
    ArticleJson edit(@PathVariable String id, @RequestBody ArticleInput input, Principal user) {
        ArticleStatus current = articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(id)).status();
        return ArticleJson.of(changes.edit(id, input.requiredVersion(), input.content(images::exists), input.statusOr(current),
                user.getName()));
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Xuất bản: bản nháp (nếu có) thay nội dung đang đăng; version tùy chọn để kiểm tra")
    ArticleJson publish(@PathVariable String id, @RequestParam(required = false) Long version, Principal user) {
        return ArticleJson.of(changes.publish(id, version, user.getName()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Lưu trữ bài (xóa mềm: trạng thái ARCHIVED, giữ lịch sử)")
    ArticleJson archive(@PathVariable String id, @RequestParam(required = false) Long version, Principal user) {
        return ArticleJson.of(changes.archive(id, version, user.getName()));
    }
}
