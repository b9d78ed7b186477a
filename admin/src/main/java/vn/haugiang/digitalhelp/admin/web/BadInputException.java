package vn.haugiang.digitalhelp.admin.web;

/** Input that cannot be accepted; the message (Vietnamese) tells the user what to fix. */
public class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }
}
