package vn.haugiang.digitalhelp.admin.api;

/** A clear, polite reason an admin request was refused. */
public record AdminApiError(String error) {
}
