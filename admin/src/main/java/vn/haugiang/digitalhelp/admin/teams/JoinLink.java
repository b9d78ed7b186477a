package vn.haugiang.digitalhelp.admin.teams;

/**
 * A member's one-time join link and the same link as a QR code image to print.
 *
 * @param qrCodePng a {@code data:image/png;base64,…} URI
 */
public record JoinLink(String link, String qrCodePng) {
}
