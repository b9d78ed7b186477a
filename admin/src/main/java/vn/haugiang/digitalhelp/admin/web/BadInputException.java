package vn.haugiang.digitalhelp.admin.web;

/** Input that cannot be accepted; the message (Vietnamese) tells the user what to fix. */
public class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }

    /** A file larger than the server takes at all ({@code spring.servlet.multipart.max-file-size}). */
    public static BadInputException uploadTooLarge() {
        return new BadInputException("Tệp gửi lên lớn quá giới hạn của máy chủ; hãy dùng tệp nhỏ hơn.");
    }
}
