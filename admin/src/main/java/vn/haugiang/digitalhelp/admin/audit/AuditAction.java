package vn.haugiang.digitalhelp.admin.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every kind of change the audit log records: the code stored in {@code audit_log.action} (and given by the API),
 * the kind of object it changes, and the words the console shows for it.
 */
public enum AuditAction {
    ARTICLE_CREATE("article.create", AuditSubject.ARTICLE, "Tạo bài hướng dẫn"),
    ARTICLE_EDIT("article.edit", AuditSubject.ARTICLE, "Sửa bài hướng dẫn"),
    ARTICLE_PUBLISH("article.publish", AuditSubject.ARTICLE, "Đăng bài hướng dẫn"),
    ARTICLE_ARCHIVE("article.archive", AuditSubject.ARTICLE, "Lưu trữ bài hướng dẫn"),
    ARTICLE_ROLLBACK("article.rollback", AuditSubject.ARTICLE, "Quay lại phiên bản cũ"),
    ARTICLE_SEED_UPGRADE("article.seed-upgrade", AuditSubject.ARTICLE, "Tự cập nhật theo bản mẫu mới"),
    ARTICLE_SEED_OFFER("article.seed-offer", AuditSubject.ARTICLE, "Có bản mẫu mới (bài đã được sửa, không tự cập nhật)"),
    ARTICLE_SEED_ADOPT("article.seed-adopt", AuditSubject.ARTICLE, "Dùng bản mẫu mới"),
    ARTICLE_SEED_KEEP("article.seed-keep", AuditSubject.ARTICLE, "Giữ bài đã sửa, bỏ qua bản mẫu mới"),
    IMAGE_UPLOAD("image.upload", AuditSubject.IMAGE, "Tải ảnh lên"),
    QUESTION_OUT_OF_SCOPE("question.out-of-scope", AuditSubject.QUESTION, "Đánh dấu câu hỏi ngoài phạm vi"),
    ESCALATION_VIEW_PERSONAL_DATA("escalation.view-personal-data", AuditSubject.ESCALATION, "Xem dữ liệu cá nhân trong yêu cầu"),
    ESCALATION_CLAIM("escalation.claim", AuditSubject.ESCALATION, "Nhận yêu cầu hỗ trợ"),
    ESCALATION_ASSIGN("escalation.assign", AuditSubject.ESCALATION, "Giao yêu cầu hỗ trợ"),
    ESCALATION_REPLY("escalation.reply", AuditSubject.ESCALATION, "Trả lời người dân"),
    ESCALATION_RESOLVE("escalation.resolve", AuditSubject.ESCALATION, "Đóng yêu cầu hỗ trợ"),
    MEMBER_REGISTER("member.register", AuditSubject.TEAM_MEMBER, "Đăng ký thành viên tổ"),
    MEMBER_EDIT("member.edit", AuditSubject.TEAM_MEMBER, "Sửa thành viên tổ"),
    MEMBER_JOIN_LINK("member.join-link", AuditSubject.TEAM_MEMBER, "Tạo liên kết tham gia (mã QR)"),
    MEMBER_DEACTIVATE("member.deactivate", AuditSubject.TEAM_MEMBER, "Ngừng hoạt động thành viên tổ"),
    HAMLET_ADD("hamlet.add", AuditSubject.HAMLET, "Thêm ấp"),
    HAMLET_RENAME("hamlet.rename", AuditSubject.HAMLET, "Đổi tên ấp"),
    HAMLET_HOUSEHOLDS("hamlet.households", AuditSubject.HAMLET, "Sửa số hộ của ấp"),
    HAMLET_REMOVE("hamlet.remove", AuditSubject.HAMLET, "Xóa ấp"),
    AREA_IMPORT("area.import", AuditSubject.AREA, "Nhập danh sách khu vực"),
    USER_CREATE("user.create", AuditSubject.ADMIN_USER, "Tạo tài khoản"),
    USER_ROLE("user.role", AuditSubject.ADMIN_USER, "Đổi vai trò tài khoản"),
    USER_DISABLE("user.disable", AuditSubject.ADMIN_USER, "Khóa tài khoản"),
    USER_ENABLE("user.enable", AuditSubject.ADMIN_USER, "Mở khóa tài khoản"),
    USER_PASSWORD_RESET("user.password.reset", AuditSubject.ADMIN_USER, "Đặt lại mật khẩu"),
    USER_PASSWORD_CHANGE("user.password.change", AuditSubject.ADMIN_USER, "Tự đổi mật khẩu");

    private final String code;
    private final AuditSubject subject;
    private final String label;

    AuditAction(String code, AuditSubject subject, String label) {
        this.code = code;
        this.subject = subject;
        this.label = label;
    }

    public String code() {
        return code;
    }

    /** The kind of object the action changes. */
    public AuditSubject subject() {
        return subject;
    }

    public String label() {
        return label;
    }

    /** The action a stored code names, if it is one of today's. */
    public static Optional<AuditAction> ofCode(String code) {
        return Arrays.stream(values()).filter(action -> action.code.equals(code)).findFirst();
    }
}
