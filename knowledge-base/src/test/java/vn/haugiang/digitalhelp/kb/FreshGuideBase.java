package vn.haugiang.digitalhelp.kb;

import org.bson.Document;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Before each {@link KnowledgeBaseTest} class (or each of its tests, when it asks): every collection emptied
 * with its indexes kept, then the start-up preparation of the guide base run again.
 */
final class FreshGuideBase implements BeforeAllCallback, BeforeEachCallback {

    @Override
    public void beforeAll(ExtensionContext extension) {
        if (!freshForEachTest(extension)) {
            freshGuideBase(SpringExtension.getApplicationContext(extension));
        }
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        if (freshForEachTest(extension)) {
            freshGuideBase(SpringExtension.getApplicationContext(extension));
        }
    }

    private static boolean freshForEachTest(ExtensionContext extension) {
        return AnnotatedElementUtils.findMergedAnnotation(extension.getRequiredTestClass(), KnowledgeBaseTest.class)
                .freshForEachTest();
    }

    private static void freshGuideBase(ApplicationContext knowledgeBase) {
        MongoTemplate mongo = knowledgeBase.getBean(MongoTemplate.class);
        for (String name : mongo.getCollectionNames()) {
            if (!name.startsWith("system.")) {
                mongo.getCollection(name).deleteMany(new Document());
            }
        }
        GuideBaseStartup startup = knowledgeBase.getBean(GuideBaseStartup.class);
        startup.afterSingletonsInstantiated();
        // Start-up builds the index on a thread of its own; a test must not meet the previous test's guides.
        // Waiting for that build (not building again) indexes the guides once each time.
        startup.awaitIndexBuild();
    }
}
