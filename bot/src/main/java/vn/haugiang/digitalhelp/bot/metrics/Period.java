package vn.haugiang.digitalhelp.bot.metrics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** A range of whole days, both ends included, in the service's zone. */
public record Period(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;

    public Period {
        if (from == null || to == null) {
            throw new InvalidPeriod("Khoảng thời gian cần cả 'from' và 'to'.");
        }
        if (to.isBefore(from)) {
            throw new InvalidPeriod("'to' (" + to + ") ở trước 'from' (" + from + ").");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new InvalidPeriod("Khoảng thời gian dài tối đa " + MAX_DAYS + " ngày.");
        }
    }

    /** Reads "YYYY-MM-DD" dates as given to the REST API. */
    public static Period parse(String from, String to) {
        return new Period(date("from", from), date("to", to));
    }

    public static Period of(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth());
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidPeriod("Thiếu '" + name + "': hãy ghi ngày dạng YYYY-MM-DD.");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidPeriod("'" + name + "' không phải ngày dạng YYYY-MM-DD: " + value.strip());
        }
    }

    public List<String> days() {
        List<String> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(day.toString());
        }
        return days;
    }

    public List<String> months() {
        List<String> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month.toString());
        }
        return months;
    }

    /** True when the period is exactly one calendar month. */
    public boolean isWholeMonth() {
        return from.getDayOfMonth() == 1 && YearMonth.from(from).atEndOfMonth().equals(to);
    }

    /** A request for figures over a bad period: the caller's mistake, told plainly. */
    public static class InvalidPeriod extends IllegalArgumentException {
        public InvalidPeriod(String message) {
            super(message);
        }
    }
}
