package vn.haugiang.digitalhelp.app.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.node.ObjectNode;

/**
 * Many residents each asking a few questions over Telegram, pushed round by round to a {@link WebhookFleet}
 * alternately to its instances, a share of them twice (as Telegram redelivers), optionally stopping one
 * instance halfway. Knows which guide should answer each update, so the replies can be checked.
 */
final class ResidentsLoad {

    /** Questions and the title of the guide that answers each. */
    static final List<String[]> QUESTIONS = List.of(
            new String[] {"cai app hau giang tren dien thoai android", "Cài ứng dụng Hậu Giang trên điện thoại Android"},
            new String[] {"cài ứng dụng Hậu Giang trên iPhone", "Cài ứng dụng Hậu Giang trên iPhone"},
            new String[] {"đăng ký định danh điện tử mức 2", "Đăng ký định danh điện tử mức 2"},
            new String[] {"tra cứu tình trạng hồ sơ", "Tra cứu tình trạng hồ sơ"});
    private static final Pattern TITLE = Pattern.compile("^<b>([^<]*)</b>");
    private static final Pattern PART = Pattern.compile(" \\(phần \\d+/\\d+\\)$");
    static final long FIRST_CHAT = 900_000_000L;

    final int residents;
    final int perResident;
    private final double duplicateShare;
    /** Update id → when it was first pushed (nanoTime). */
    final Map<Long, Long> pushedAt = new ConcurrentHashMap<>();
    int duplicates;

    ResidentsLoad(int residents, int perResident, double duplicateShare) {
        this.residents = residents;
        this.perResident = perResident;
        this.duplicateShare = duplicateShare;
    }

    int updates() {
        return residents * perResident;
    }

    static long chat(int resident) {
        return FIRST_CHAT + resident;
    }

    static String expectedTitle(int round) {
        return QUESTIONS.get(round % QUESTIONS.size())[1];
    }

    /** Pushes every round (all residents at once, a round after the previous one was taken); stops instance 0 halfway if asked. */
    void run(WebhookFleet fleet, boolean stopOneHalfway) throws Exception {
        Random random = new Random(7);
        ExecutorService telegramSide = Executors.newFixedThreadPool(8);
        try {
            long updateId = 1;
            for (int round = 0; round < perResident; round++) {
                if (stopOneHalfway && round == perResident / 2) {
                    fleet.stop(0);
                }
                List<Future<?>> pushes = new ArrayList<>();
                for (int resident = 0; resident < residents; resident++) {
                    ObjectNode update = fleet.telegram.textUpdate(updateId, chat(resident),
                            QUESTIONS.get(round % QUESTIONS.size())[0]);
                    int instance = (int) (updateId % fleet.size());
                    boolean twice = random.nextDouble() < duplicateShare;
                    duplicates += twice ? 1 : 0;
                    long id = updateId++;
                    pushes.add(telegramSide.submit(() -> {
                        pushedAt.put(id, System.nanoTime());
                        fleet.deliver(update, instance);
                        if (twice) {
                            fleet.deliver(update, instance + 1);
                        }
                    }));
                }
                for (Future<?> push : pushes) {
                    push.get();
                }
            }
        } finally {
            telegramSide.shutdown();
        }
    }

    /** The guide titles each resident got, in the order the messages arrived (other messages left out). */
    static List<String> titlesReceived(FakeTelegramBotApi telegram, long chat) {
        List<String> titles = new ArrayList<>();
        for (FakeTelegramBotApi.Call call : telegram.messagesTo(chat)) {
            Matcher title = TITLE.matcher(call.body().path("text").asString());
            if (title.find()) {
                // A guide longer than a phone's two screens comes in parts: "Title (phần 1/2)".
                titles.add(PART.matcher(title.group(1)).replaceFirst(""));
            }
        }
        return titles;
    }

    List<String> expectedTitles() {
        List<String> titles = new ArrayList<>();
        for (int round = 0; round < perResident; round++) {
            titles.add(expectedTitle(round));
        }
        return titles;
    }

    boolean allAnswered(FakeTelegramBotApi telegram) {
        for (int resident = 0; resident < residents; resident++) {
            if (titlesReceived(telegram, chat(resident)).size() < perResident) {
                return false;
            }
        }
        return true;
    }

    /** Milliseconds from pushing each update to the arrival of the first message of its answer. */
    List<Double> firstReplyMillis(FakeTelegramBotApi telegram) {
        Map<Long, List<Long>> arrivalsByChat = new HashMap<>();
        for (FakeTelegramBotApi.Call call : telegram.sendAttempts()) {
            if (call.delivered() && TITLE.matcher(call.body().path("text").asString()).find()) {
                arrivalsByChat.computeIfAbsent(Long.parseLong(call.chatId()), c -> new ArrayList<>()).add(call.arrivedAt());
            }
        }
        List<Double> millis = new ArrayList<>();
        long updateId = 1;
        for (int round = 0; round < perResident; round++) {
            for (int resident = 0; resident < residents; resident++, updateId++) {
                List<Long> arrivals = arrivalsByChat.getOrDefault(chat(resident), List.of());
                if (round < arrivals.size()) {
                    millis.add((arrivals.get(round) - pushedAt.get(updateId)) / 1e6);
                }
            }
        }
        return millis;
    }

    static Duration patience(int updates) {
        return Duration.ofSeconds(60 + updates / 10);
    }
}
