package vn.haugiang.digitalhelp.bot.metrics;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Reads rollup documents back: by id wherever the period allows, so a month costs a few dozen reads. */
@Component
public class RollupReader {

    private final MongoTemplate mongo;

    public RollupReader(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The days of the period that had any activity in this commune ({@link RollupIds#ALL} for all). */
    public List<DailyRollup> days(Period period, String commune) {
        List<String> ids = period.days().stream().map(day -> RollupIds.daily(day, commune)).toList();
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), Document.class, RollupIds.DAILY).stream()
                .map(DailyRollup::of).toList();
    }

    /** Residents who wrote in the period: a whole month from its distinct count, otherwise from its conversations. */
    public long residents(Period period, String commune) {
        if (period.isWholeMonth()) {
            Document month = mongo.findById(RollupIds.monthly(period.months().get(0), commune), Document.class,
                    RollupIds.MONTHLY);
            return month == null ? 0 : DailyRollup.number(month, "residents");
        }
        Criteria inPeriod = Criteria.where("day").gte(period.from().toString()).lte(period.to().toString());
        if (!commune.equals(RollupIds.ALL)) {
            inPeriod = inPeriod.and("communeId").is(commune);
        }
        Query query = Query.query(inPeriod);
        query.fields().include("residentId");
        Set<String> residents = new HashSet<>();
        mongo.find(query, Document.class, RollupIds.CONVERSATIONS).forEach(c -> residents.add(c.getString("residentId")));
        return residents.size();
    }

    /** The monthly documents of a commune up to and including {@code lastMonth} (yyyy-MM). */
    public List<Document> monthsUpTo(String commune, String lastMonth) {
        return mongo.find(Query.query(Criteria.where("communeId").is(commune).and("month").lte(lastMonth)),
                Document.class, RollupIds.MONTHLY);
    }

    /** The question samples of the period's months in this commune. */
    public List<Document> gapSamples(Period period, String commune) {
        List<String> ids = period.months().stream().map(month -> RollupIds.monthly(month, commune)).toList();
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), Document.class, RollupIds.GAPS).stream()
                .flatMap(document -> document.getList("questions", Document.class, List.of()).stream())
                .toList();
    }
}
