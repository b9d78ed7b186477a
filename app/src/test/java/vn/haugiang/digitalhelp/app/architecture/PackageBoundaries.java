package vn.haugiang.digitalhelp.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules the package graph keeps. Every package is its own slice, so a cycle between any two
 * packages of any module breaks the build; the conversation orchestrator is reached only by the
 * channels that feed it. (That modules depend one way, knowledge-base ← bot ← admin ← app, Maven
 * already enforces: a module cannot see classes of one that depends on it.)
 */
final class PackageBoundaries {

    static final String BASE = "vn.haugiang.digitalhelp";

    private PackageBoundaries() {
    }

    /** No package depends, directly or through others, on itself. */
    static ArchRule noCyclesBetweenPackages(String basePackage) {
        return slices().matching(basePackage + ".(**)").should().beFreeOfCycles();
    }

    /** The console reaches Telegram's rendering only through {@code bot.chat} (e.g. {@code ReplyPreview}). */
    static ArchRule adminDoesNotReachIntoTelegram() {
        return noClasses().that().resideInAPackage(BASE + ".admin..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".bot.telegram..")
                .because("the console previews through bot.chat interfaces, not the Telegram channel's classes");
    }

    /** Features talk through {@code bot.chat} types and events; only channels call the orchestrator. */
    static ArchRule onlyChannelsCallTheConversation() {
        return noClasses().that().resideOutsideOfPackages(
                        BASE + ".bot.conversation..", BASE + ".bot.telegram..", BASE + ".bot.webchat..", BASE + ".app..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".bot.conversation..")
                .because("features must not reach into the orchestrator; shared types live in bot.chat");
    }
}
