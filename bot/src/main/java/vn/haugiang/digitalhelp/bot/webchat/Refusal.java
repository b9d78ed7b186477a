package vn.haugiang.digitalhelp.bot.webchat;

import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.problems.ApiProblem;

/** Why the web chat refused a request: the kind of problem, and the resident's text that explains it. */
record Refusal(ApiProblem kind, ResidentText text) {

    /** The one answer to a picture form that cannot be read, wherever it is met: 413 over the size limit, else 400. */
    static Refusal brokenPictureForm(MultipartException e) {
        return e instanceof MaxUploadSizeExceededException
                ? new Refusal(ApiProblem.PICTURE_TOO_LARGE, ResidentText.PICTURE_TOO_LARGE)
                : new Refusal(ApiProblem.MALFORMED_REQUEST, ResidentText.WEB_BAD_REQUEST);
    }
}
