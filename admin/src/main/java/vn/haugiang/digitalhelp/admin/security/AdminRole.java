package vn.haugiang.digitalhelp.admin.security;

/** What an admin user may do. */
public enum AdminRole {
    /** Everything, including users, the audit log and the API documentation. */
    ADMIN("Quản trị viên"),
    /** Guides: edit, publish, import and export, test questions. */
    EDITOR("Biên tập viên"),
    /** Metrics and escalations of their own commune only. */
    COMMUNE("Cán bộ xã");

    private final String label;

    AdminRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
