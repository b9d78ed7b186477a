package vn.haugiang.digitalhelp.bot.problems;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Every kind of problem the service's JSON APIs (web chat and admin) answer with, as an RFC 9457 problem
 * detail ({@code application/problem+json}). Each kind has a stable {@code type} id
 * ({@code urn:digitalhelp:problem:<id>}, listed in the README), one status and a short English
 * {@code title} for developers and logs; the person reads the {@code detail}, one Vietnamese sentence
 * saying what to do, given where the problem is met.
 */
public enum ApiProblem {

    /** The body is not JSON of the expected shape, a form is broken, a parameter is missing or of the wrong type. */
    MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST, "Malformed request"),
    /** A value breaks one of the service's rules (a guide without a title, an unknown commune, a bad month). */
    INVALID_INPUT("invalid-input", HttpStatus.BAD_REQUEST, "Invalid input"),
    /** A web chat upload that is not a PNG or JPEG picture. */
    NOT_A_PICTURE("not-a-picture", HttpStatus.BAD_REQUEST, "Not a picture"),
    /** The admin API without valid credentials. */
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED, "Sign-in required"),
    /** A web chat session cookie the server did not issue; a fresh one comes with the answer. */
    SESSION_INVALID("session-invalid", HttpStatus.UNAUTHORIZED, "Chat session not valid"),
    /** Signed in, but the role (or the commune) does not allow this. */
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Not allowed"),
    /** A generated password must be changed before anything else. */
    PASSWORD_CHANGE_REQUIRED("password-change-required", HttpStatus.FORBIDDEN, "Password change required"),
    /** No such guide, version, account or stored data. */
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
    /** The address exists but not for this HTTP method. */
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    /** A guide was saved by someone else since the caller read it (optimistic locking). */
    EDIT_CONFLICT("edit-conflict", HttpStatus.CONFLICT, "Edited by someone else"),
    /** A slug or user name another record already has. */
    NAME_TAKEN("name-taken", HttpStatus.CONFLICT, "Name already taken"),
    /** The record's current state does not allow the change (a hamlet that exists, a request already closed). */
    STATE_CONFLICT("state-conflict", HttpStatus.CONFLICT, "Not possible in the current state"),
    /** A request body or upload over the service's limits. */
    REQUEST_TOO_LARGE("request-too-large", HttpStatus.CONTENT_TOO_LARGE, "Request too large"),
    /** A web chat picture over its size or pixel limit. */
    PICTURE_TOO_LARGE("picture-too-large", HttpStatus.CONTENT_TOO_LARGE, "Picture too large"),
    /** A web chat address or session sending too fast; {@code Retry-After} says when to try again. */
    TOO_MANY_REQUESTS("too-many-requests", HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),
    /** An unexpected failure of the admin API (logged on the server, never shown as a stack trace). */
    SERVER_ERROR("server-error", HttpStatus.INTERNAL_SERVER_ERROR, "Server error"),
    /** The web chat could not carry out the request just now (the database away, an unexpected failure). */
    SERVICE_UNAVAILABLE("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable");

    /** Where every type id starts. */
    public static final String TYPE_PREFIX = "urn:digitalhelp:problem:";

    private final URI type;
    private final HttpStatus status;
    private final String title;

    ApiProblem(String id, HttpStatus status, String title) {
        this.type = URI.create(TYPE_PREFIX + id);
        this.status = status;
        this.title = title;
    }

    public URI type() {
        return type;
    }

    public HttpStatus status() {
        return status;
    }

    /** This kind of problem, explained to the person by {@code detail}. */
    public ProblemDetail detail(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    /** The start of an answer of this kind: its status and {@code application/problem+json}; add headers, then the body. */
    public ResponseEntity.BodyBuilder response() {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    /** The whole answer: this kind, explained by {@code detail}. */
    public ResponseEntity<ProblemDetail> answer(String detail) {
        return response().body(detail(detail));
    }
}
