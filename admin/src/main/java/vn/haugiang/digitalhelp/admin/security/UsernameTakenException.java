package vn.haugiang.digitalhelp.admin.security;

/** Another admin user already has this user name. */
public class UsernameTakenException extends RuntimeException {

    public UsernameTakenException(String username) {
        super("User name '" + username + "' is taken");
    }
}
