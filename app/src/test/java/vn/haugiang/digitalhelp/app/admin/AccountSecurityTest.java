package vn.haugiang.digitalhelp.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.admin.security.AdminRole;
import vn.haugiang.digitalhelp.admin.security.AdminUser;
import vn.haugiang.digitalhelp.admin.security.AdminUsers;
import vn.haugiang.digitalhelp.admin.security.LoginThrottle;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;

/**
 * Accounts and sign-in over real HTTP: spraying and lock-out attempts slowed by the caller's address
 * without keeping the real user out, unknown and known names answered alike, a disabled user refused on
 * the next request, one's own password changed with the old one, a reset password that must be changed
 * before anything else, every change audited, and old attempt records purged.
 */
@ServiceTest
class AccountSecurityTest {

    private static final String NEW_PASSWORD = "mat-khau-moi-rat-dai-2026";

    @LocalServerPort
    int port;
    @Autowired
    AdminUsers users;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    AreaDirectory areas;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    MongoTemplate mongo;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void accounts() {
        AdminAccounts.ensureOtherRoles(users, passwords, areas);
    }

    @Test
    void sprayingManyNamesFromOneAddressIsSlowedForThatAddressOnly() {
        String user = newEditor();
        for (int i = 0; i < 4; i++) {
            AdminHttp.session(port).from("198.51.100.1").login("khong-co-" + i, "doan-thu-" + i);
        }

        HttpResponse<String> fromSprayer = AdminHttp.session(port).from("198.51.100.1").login(user, AdminAccounts.PASSWORD);
        HttpResponse<String> fromElsewhere = AdminHttp.session(port).from("198.51.100.2").login(user, AdminAccounts.PASSWORD);

        assertThat(fromSprayer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("?error"));
        assertThat(fromElsewhere.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
    }

    @Test
    void someoneTryingToLockARealUserOutOnlySlowsThemselves() {
        String user = newEditor();
        for (int i = 0; i < 12; i++) {
            AdminHttp.session(port).from("198.51.100.10").login(user, "sai-" + i);
        }
        assertThat(AdminHttp.basic(port, user, AdminAccounts.PASSWORD).from("198.51.100.10")
                .get("/api/admin/articles").statusCode()).as("the attacker's address waits").isEqualTo(401);

        HttpResponse<String> realUser = AdminHttp.session(port).from("198.51.100.11").login(user, AdminAccounts.PASSWORD);

        assertThat(realUser.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
    }

    @Test
    void unknownAndKnownUserNamesAreAnsweredAlike() {
        String known = newEditor();
        HttpResponse<String> wrongForKnown = AdminHttp.session(port).from("198.51.100.20").login(known, "sai-mat-khau-1");
        HttpResponse<String> unknown = AdminHttp.session(port).from("198.51.100.21").login("khong-ai-ca", "sai-mat-khau-1");
        HttpResponse<String> apiKnown = AdminHttp.basic(port, known, "sai").from("198.51.100.22").get("/api/admin/articles");
        HttpResponse<String> apiUnknown = AdminHttp.basic(port, "khong-ai-ca", "sai").from("198.51.100.23").get("/api/admin/articles");

        assertThat(wrongForKnown.statusCode()).isEqualTo(unknown.statusCode());
        assertThat(wrongForKnown.headers().firstValue("Location")).isEqualTo(unknown.headers().firstValue("Location"));
        assertThat(apiKnown.statusCode()).isEqualTo(401);
        assertThat(apiKnown.body()).isEqualTo(apiUnknown.body());

        for (int i = 0; i < 5; i++) {
            AdminHttp.session(port).from("198.51.100.24").login(known, "sai-" + i);
            AdminHttp.session(port).from("198.51.100.25").login("khong-ai-ca-" + i, "sai-" + i);
        }
        HttpResponse<String> throttledKnown = AdminHttp.session(port).from("198.51.100.24").login(known, "sai-x");
        HttpResponse<String> throttledUnknown = AdminHttp.session(port).from("198.51.100.25").login("khong-ai-ca-x", "sai-x");
        assertThat(throttledKnown.headers().firstValue("Location")).isEqualTo(throttledUnknown.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("?error"));
    }

    @Test
    void aDisabledUserIsRefusedOnTheNextRequestAndTheChangeIsAudited() throws Exception {
        String user = newEditor();
        AdminHttp editor = AdminHttp.session(port).from("198.51.100.30");
        editor.login(user, AdminAccounts.PASSWORD);
        assertThat(editor.get("/admin/guides").statusCode()).isEqualTo(200);

        HttpResponse<String> disabled = admin().putJson("/api/admin/users/" + idOf(user) + "/disabled", "{\"disabled\": true}");

        assertThat(disabled.statusCode()).isEqualTo(200);
        assertThat(json.readTree(disabled.body()).path("disabled").asBoolean()).isTrue();
        HttpResponse<String> next = editor.get("/admin/guides");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/login"));
        assertThat(AdminHttp.basic(port, user, AdminAccounts.PASSWORD).from("198.51.100.31").get("/api/admin/articles")
                .statusCode()).isEqualTo(401);
        assertThat(audited("user.disable", user)).isTrue();

        admin().putJson("/api/admin/users/" + idOf(user) + "/disabled", "{\"disabled\": false}");
        assertThat(AdminHttp.basic(port, user, AdminAccounts.PASSWORD).from("198.51.100.31").get("/api/admin/articles")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void aRoleChangeEndsTheSessionAndTakesEffectAtTheNextSignIn() {
        String user = newEditor();
        AdminHttp session = AdminHttp.session(port).from("198.51.100.35");
        session.login(user, AdminAccounts.PASSWORD);

        HttpResponse<String> changed = admin().putJson("/api/admin/users/" + idOf(user) + "/role",
                "{\"role\": \"COMMUNE\", \"commune\": \"" + AdminAccounts.COMMUNE_NAME + "\"}");

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(session.get("/admin/guides").statusCode()).isEqualTo(302);
        AdminHttp again = AdminHttp.basic(port, user, AdminAccounts.PASSWORD).from("198.51.100.36");
        assertThat(again.get("/api/admin/articles").statusCode()).isEqualTo(403);
        assertThat(again.get("/api/admin/escalations").statusCode()).isEqualTo(200);
        assertThat(audited("user.role", user)).isTrue();
    }

    @Test
    void ownPasswordChangeNeedsTheOldOneAndTwelveCharacters() {
        String user = newEditor();
        AdminHttp api = AdminHttp.basic(port, user, AdminAccounts.PASSWORD).from("198.51.100.40");

        assertThat(api.postJson("/api/admin/account/password",
                "{\"oldPassword\": \"khong-dung-dau\", \"newPassword\": \"" + NEW_PASSWORD + "\"}").statusCode()).isEqualTo(400);
        assertThat(api.postJson("/api/admin/account/password",
                "{\"oldPassword\": \"" + AdminAccounts.PASSWORD + "\", \"newPassword\": \"ngan-qua\"}").statusCode()).isEqualTo(400);
        assertThat(api.postJson("/api/admin/account/password",
                "{\"oldPassword\": \"" + AdminAccounts.PASSWORD + "\", \"newPassword\": \"" + NEW_PASSWORD + "\"}").statusCode())
                .isEqualTo(204);

        assertThat(AdminHttp.basic(port, user, NEW_PASSWORD).from("198.51.100.41").get("/api/admin/articles").statusCode())
                .isEqualTo(200);
        assertThat(AdminHttp.basic(port, user, AdminAccounts.PASSWORD).from("198.51.100.42").get("/api/admin/articles").statusCode())
                .isEqualTo(401);
        assertThat(audited("user.password.change", user)).isTrue();
    }

    @Test
    void aResetPasswordIsOneTimeAndMustBeChangedBeforeAnythingElse() throws Exception {
        String user = newEditor();
        HttpResponse<String> reset = admin().post("/api/admin/users/" + idOf(user) + "/password-reset");
        assertThat(reset.statusCode()).isEqualTo(200);
        String oneTime = json.readTree(reset.body()).path("oneTimePassword").asString();
        assertThat(oneTime).hasSizeGreaterThanOrEqualTo(12);

        AdminHttp pages = AdminHttp.session(port).from("198.51.100.50");
        pages.login(user, oneTime);
        HttpResponse<String> guides = pages.get("/admin/guides");
        assertThat(guides.statusCode()).isEqualTo(302);
        assertThat(guides.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/account/password"));
        assertThat(AdminHttp.basic(port, user, oneTime).from("198.51.100.51").get("/api/admin/articles").statusCode())
                .isEqualTo(403);

        pages.get("/admin/account/password");
        HttpResponse<String> changed = pages.postForm("/admin/account/password",
                Map.of("oldPassword", oneTime, "newPassword", NEW_PASSWORD), true);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("Đã đổi mật khẩu.");
        assertThat(pages.get("/admin/guides").statusCode()).isEqualTo(200);
        assertThat(audited("user.password.reset", user)).isTrue();
    }

    @Test
    void nobodyCanDisableThemselves() {
        HttpResponse<String> self = admin().putJson("/api/admin/users/" + idOf(AdminAccounts.ADMIN) + "/disabled",
                "{\"disabled\": true}");

        assertThat(self.statusCode()).isEqualTo(409);
        assertThat(users.findByUsername(AdminAccounts.ADMIN).orElseThrow().disabled()).isFalse();
    }

    @Test
    void oldAttemptRecordsArePurged() {
        mongo.insert(new Document("_id", "address:old-" + UUID.randomUUID()).append("failures", 3)
                .append("lastFailure", java.util.Date.from(Instant.now().minus(Duration.ofDays(3)))), "login_attempts");
        AdminHttp.session(port).from("198.51.100.60").login("ai-do", "sai");
        long before = mongo.getCollection("login_attempts").countDocuments();

        long purged = throttle.purgeOld();

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(mongo.getCollection("login_attempts").countDocuments()).isEqualTo(before - purged);
        assertThat(mongo.getCollection("login_attempts").countDocuments(new Document("lastFailure",
                new Document("$lt", java.util.Date.from(Instant.now().minus(Duration.ofDays(1))))))).isZero();
        assertThat(mongo.getCollection("login_attempts").countDocuments()).as("the fresh attempt is kept").isPositive();
    }

    private AdminHttp admin() {
        return AdminHttp.basic(port, AdminAccounts.ADMIN, AdminAccounts.ADMIN_PASSWORD).from("198.51.100.99");
    }

    private String newEditor() {
        String username = "bt-" + UUID.randomUUID().toString().substring(0, 8);
        users.insert(new AdminUser(null, username, passwords.encode(AdminAccounts.PASSWORD), AdminRole.EDITOR, null, null,
                Instant.now(), "test"));
        return username;
    }

    private String idOf(String username) {
        return users.findByUsername(username).orElseThrow().id();
    }

    private boolean audited(String action, String username) {
        JsonNode entries = json.readTree(admin().get("/api/admin/audit?size=100").body()).path("items");
        return entries.valueStream().anyMatch(entry -> entry.path("action").asString().equals(action)
                && entry.path("detail").asString().contains(username));
    }
}
