package vn.haugiang.digitalhelp.admin;

/** The JSON body of every error answer of the admin API: one Vietnamese sentence saying what is wrong. */
public record ApiError(String error) {
}
