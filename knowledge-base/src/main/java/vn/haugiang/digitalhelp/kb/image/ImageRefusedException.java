package vn.haugiang.digitalhelp.kb.image;

/** An upload that cannot become a guide image; the message (Vietnamese) tells the editor why. */
public class ImageRefusedException extends RuntimeException {

    public ImageRefusedException(String message) {
        super(message);
    }
}
