package vn.haugiang.digitalhelp.admin.audit;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of object the audit log records changes to: the code stored in {@code audit_log.objectType}, and its name. */
public enum AuditSubject {
    ARTICLE("article", "Bài hướng dẫn"),
    IMAGE("image", "Ảnh trong bài"),
    QUESTION("question", "Câu hỏi của người dân"),
    ESCALATION("escalation", "Yêu cầu hỗ trợ"),
    TEAM_MEMBER("team_member", "Thành viên tổ"),
    HAMLET("hamlet", "Ấp"),
    AREA("area", "Danh sách khu vực"),
    ADMIN_USER("admin_user", "Tài khoản quản trị");

    private final String code;
    private final String label;

    AuditSubject(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The kind a stored code names, if it is one of today's. */
    public static Optional<AuditSubject> ofCode(String code) {
        return Arrays.stream(values()).filter(subject -> subject.code.equals(code)).findFirst();
    }
}
