package vn.haugiang.digitalhelp.admin.web;

import vn.haugiang.digitalhelp.kb.article.ArticleVersionConflictException;

/** The sentence shown (API and pages alike) when someone saved a guide after the version being edited. */
public final class GuideConflictText {

    private GuideConflictText() {
    }

    public static String of(ArticleVersionConflictException e) {
        return "Bài đã được lưu thành phiên bản " + e.currentVersion() + " sau phiên bản " + e.expectedVersion()
                + " mà bạn đang sửa. Hãy tải lại bài, xem thay đổi rồi sửa tiếp.";
    }
}
