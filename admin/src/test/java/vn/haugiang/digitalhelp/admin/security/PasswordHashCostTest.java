package vn.haugiang.digitalhelp.admin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.haugiang.digitalhelp.admin.AdminProperties;

/** The BCrypt cost is a setting: new hashes carry it, stored hashes of another cost still match. */
class PasswordHashCostTest {

    @Test
    void newPasswordsAreHashedAtTheConfiguredCostAndOlderHashesStillMatch() {
        PasswordEncoder cheap = new SecurityConfiguration().passwordEncoder(new AdminProperties("admin", "", 20, 5));
        PasswordEncoder standard = new SecurityConfiguration().passwordEncoder(new AdminProperties("admin", "", 20, 10));

        String madeCheaply = cheap.encode("mật khẩu dài 1 2 3");

        assertThat(madeCheaply).startsWith("$2a$05$");
        assertThat(standard.encode("mật khẩu dài 1 2 3")).startsWith("$2a$10$");
        assertThat(standard.matches("mật khẩu dài 1 2 3", madeCheaply)).isTrue();
        assertThat(standard.matches("mật khẩu khác", madeCheaply)).isFalse();
    }

    @Test
    void aCostBcryptCannotUseIsRefusedAtStartWithTheSettingsName() {
        assertThatThrownBy(() -> new AdminProperties("admin", "", 20, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("digitalhelp.admin.password-hash-cost");
        assertThatThrownBy(() -> new AdminProperties("admin", "", 20, 32))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
