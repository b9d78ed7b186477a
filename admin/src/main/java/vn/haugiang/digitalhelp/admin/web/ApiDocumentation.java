package vn.haugiang.digitalhelp.admin.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The admin API's OpenAPI description (Swagger UI at {@code /swagger-ui.html}, ADMIN only). */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI adminApiDocumentation() {
        return new OpenAPI()
                .info(new Info().title("digitalhelp — API quản trị").version("1")
                        .description("Quản lý bài hướng dẫn của trợ lý Tổ công nghệ số cộng đồng. "
                                + "Mọi yêu cầu gửi kèm tên đăng nhập và mật khẩu (HTTP Basic)."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
