package vn.haugiang.digitalhelp.kb;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test of the knowledge base's components on a MongoDB-wire server ({@link KnowledgeBaseTestApplication}),
 * sharing ONE Spring context with every other such test of the module. Instead of a new context, the guide
 * base is made fresh ({@link FreshGuideBase}): every collection emptied (indexes kept), the seed guides
 * loaded and the index built again, as on a first start. Do not add {@code @DirtiesContext}, property
 * sources or nested configurations: each gives the class a context of its own. The classes take turns on the
 * guide base (each holds {@link #GUIDE_BASE}); the module's classes without a context run beside them
 * (the parent pom's surefire configuration).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = KnowledgeBaseTestApplication.class)
@ExtendWith(FreshGuideBase.class)
@ResourceLock(KnowledgeBaseTest.GUIDE_BASE)
public @interface KnowledgeBaseTest {

    /** The lock a class holds while it has the shared guide base to itself. */
    String GUIDE_BASE = "vn.haugiang.digitalhelp.kb.shared-guide-base";

    /** Whether each test method (rather than each class) starts on a fresh guide base. */
    boolean freshForEachTest() default false;
}
