package vn.haugiang.digitalhelp.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import vn.haugiang.digitalhelp.kb.eval.LabelledQuestion;
import vn.haugiang.digitalhelp.kb.eval.SeedGuideEvaluation;
import vn.haugiang.digitalhelp.kb.search.KnowledgeBaseProperties;
import vn.haugiang.digitalhelp.kb.time.ServiceTime;

/**
 * {@code java -jar digitalhelp.jar eval FILE.tsv}: scores the bot's search over the shipped guides,
 * with the service's own search configuration, and no web server or database.
 */
public final class EvalCommand {

    private EvalCommand() {
    }

    /** @return the process exit code */
    public static int run(String[] args) {
        if (args.length != 2) {
            System.err.println("Usage: java -jar digitalhelp.jar eval FILE.tsv");
            return 2;
        }
        Path file = Path.of(args[1]);
        if (!Files.isReadable(file)) {
            System.err.println("Cannot read " + file.toAbsolutePath());
            return 2;
        }
        try (ConfigurableApplicationContext context = SettingsContext.start(SearchSettings.class)) {
            KnowledgeBaseProperties properties = context.getBean(KnowledgeBaseProperties.class);
            new SeedGuideEvaluation(properties, context.getBean(Clock.class)).print(LabelledQuestion.readTsv(file), System.out);
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }

    /** Only the search settings, bound from application.yml and the environment like the service's, and its clock. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(KnowledgeBaseProperties.class)
    @Import(ServiceTime.class)
    static class SearchSettings {
    }
}
