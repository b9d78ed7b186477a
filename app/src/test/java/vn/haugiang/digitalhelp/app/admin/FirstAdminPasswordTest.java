package vn.haugiang.digitalhelp.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.haugiang.digitalhelp.app.TestDataFolders;
import vn.haugiang.digitalhelp.admin.security.AdminUser;
import vn.haugiang.digitalhelp.admin.security.AdminUsers;

/** Without ADMIN_PASSWORD the first admin's generated password (printed once) must be changed at first sign-in. */
@SpringBootTest
@DirtiesContext
class FirstAdminPasswordTest {

    private static final Path dataDir = TestDataFolders.fresh("first-admin");

    @DynamicPropertySource
    static void service(DynamicPropertyRegistry registry) {
        TestDataFolders.embeddedService(registry, dataDir);
        registry.add("digitalhelp.admin.username", () -> "quantri-dau");
        registry.add("digitalhelp.admin.password", () -> "");
    }

    @Autowired
    AdminUsers users;

    @Test
    void theGeneratedFirstAdminPasswordMustBeChanged() {
        AdminUser first = users.findByUsername("quantri-dau").orElseThrow();

        assertThat(first.mustChangePassword()).isTrue();
        assertThat(first.disabled()).isFalse();
    }
}
