package vn.haugiang.digitalhelp.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

/** The MongoDB commands the test's own thread sends while it records (the service's other threads are left out). */
public final class MongoCommands implements CommandListener {

    private volatile Thread recording;
    private final List<String> seen = Collections.synchronizedList(new ArrayList<>());

    /** Runs the work and returns its commands, each as "command collection". */
    public List<String> of(Runnable work) {
        seen.clear();
        recording = Thread.currentThread();
        try {
            work.run();
        } finally {
            recording = null;
        }
        return List.copyOf(seen);
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (Thread.currentThread() == recording) {
            Object collection = event.getCommand().get(event.getCommandName()) instanceof org.bson.BsonString name
                    ? name.getValue() : "";
            seen.add(event.getCommandName() + " " + collection);
        }
    }
}
