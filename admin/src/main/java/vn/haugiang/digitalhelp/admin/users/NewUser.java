package vn.haugiang.digitalhelp.admin.users;

import java.util.Locale;
import java.util.regex.Pattern;

import vn.haugiang.digitalhelp.admin.security.AdminRole;
import vn.haugiang.digitalhelp.admin.web.BadInputException;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Commune;

/** A user an admin wants to add; {@code commune} is required for (and only for) the COMMUNE role. */
public record NewUser(String username, String password, String role, String commune) {

    static final int MIN_PASSWORD = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,40}");

    String checkedUsername() {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new BadInputException("Tên đăng nhập (username) gồm 3–40 chữ thường không dấu, số, dấu chấm, gạch.");
        }
        return username;
    }

    String checkedPassword() {
        return checkedPassword(password);
    }

    /** Every password chosen by a person: 12 to 200 characters. */
    static String checkedPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
            throw new BadInputException("Mật khẩu (password) cần ít nhất " + MIN_PASSWORD + " ký tự.");
        }
        return password;
    }

    AdminRole checkedRole() {
        try {
            return AdminRole.valueOf(role == null ? "" : role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("Vai trò (role) phải là ADMIN, EDITOR hoặc COMMUNE.");
        }
    }

    /** The commune of a COMMUNE user, found in the area list by name (diacritics and case optional). */
    Commune checkedCommune(AdminRole role, AreaDirectory areas) {
        boolean given = commune != null && !commune.isBlank();
        if (role == AdminRole.COMMUNE && !given) {
            throw new BadInputException("Tài khoản cán bộ xã (COMMUNE) cần tên xã (commune).");
        }
        if (role != AdminRole.COMMUNE && given) {
            throw new BadInputException("Chỉ tài khoản cán bộ xã (COMMUNE) mới gắn với một xã.");
        }
        return given ? areas.communeByName(commune).orElseThrow(() -> new BadInputException(
                "Không có xã/phường '" + commune.strip() + "' trong danh sách khu vực; hãy nhập khu vực trước.")) : null;
    }
}
