package vn.haugiang.digitalhelp.admin.web;

/** The request cannot be carried out in the object's current state; the message (Vietnamese) says why. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
