package vn.haugiang.digitalhelp.kb;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test of the knowledge base's components on a MongoDB-wire server ({@link KnowledgeBaseTestApplication}),
 * sharing ONE Spring context with every other such test of the module. Instead of a new context, the guide
 * base is made fresh ({@link FreshGuideBase}): every collection emptied (indexes kept), the seed guides
 * loaded and the index built again, as on a first start. Do not add {@code @DirtiesContext}, property
 * sources or nested configurations: each gives the class a context of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = KnowledgeBaseTestApplication.class)
@ExtendWith(FreshGuideBase.class)
public @interface KnowledgeBaseTest {

    /** Whether each test method (rather than each class) starts on a fresh guide base. */
    boolean freshForEachTest() default false;
}
