package vn.haugiang.digitalhelp.app;

import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Hamlet;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.resident.Resident;
import vn.haugiang.digitalhelp.bot.resident.Residents;

/** Web residents whose place is known, for the service tests: a hamlet of the sample areas, a resident settled in it. */
public final class SettledResidents {

    private SettledResidents() {
    }

    /** The first hamlet of a commune of the sample areas (seeded at every fresh service). */
    public static Hamlet firstHamlet(AreaDirectory areas, String communeName) {
        return areas.hamletsOf(areas.communeByName(communeName).orElseThrow().id()).get(0);
    }

    /** The web chat's resident {@code chat}, seen now and settled in the hamlet. */
    public static Resident settle(Residents residents, String chat, Hamlet hamlet) {
        Resident resident = residents.seen(Channel.WEB, chat).resident();
        return residents.settle(resident.id(), hamlet.communeId(), hamlet.id());
    }
}
