extension Migration {
    /// Version 3: for each actor, its counterparts with the number of events they share, kept by
    /// triggers on `event_participants`, so an actor's summary (`GET /v1/actors/{id}`) reads its
    /// counterparts instead of joining every event of the actor (tens of milliseconds for a busy
    /// actor at 1M events, found by hotline-bench). The migration fills it from existing events.
    static let actorCounterparts = Migration(version: 3, sql: """
        CREATE TABLE actor_counterparts (
            actor_id INTEGER NOT NULL,
            other_id INTEGER NOT NULL,
            calls    INTEGER NOT NULL,
            PRIMARY KEY (actor_id, other_id)
        ) STRICT, WITHOUT ROWID;

        CREATE TRIGGER actor_counterparts_participant_added AFTER INSERT ON event_participants
        BEGIN
            INSERT INTO actor_counterparts (actor_id, other_id, calls)
                SELECT NEW.actor_id, p.actor_id, 1 FROM event_participants p
                WHERE p.event_id = NEW.event_id AND p.actor_id <> NEW.actor_id
                ON CONFLICT (actor_id, other_id) DO UPDATE SET calls = calls + 1;
            INSERT INTO actor_counterparts (actor_id, other_id, calls)
                SELECT p.actor_id, NEW.actor_id, 1 FROM event_participants p
                WHERE p.event_id = NEW.event_id AND p.actor_id <> NEW.actor_id
                ON CONFLICT (actor_id, other_id) DO UPDATE SET calls = calls + 1;
        END;

        CREATE TRIGGER actor_counterparts_participant_removed AFTER DELETE ON event_participants
        BEGIN
            UPDATE actor_counterparts SET calls = calls - 1
                WHERE actor_id = OLD.actor_id
                  AND other_id IN (SELECT actor_id FROM event_participants WHERE event_id = OLD.event_id);
            UPDATE actor_counterparts SET calls = calls - 1
                WHERE other_id = OLD.actor_id
                  AND actor_id IN (SELECT actor_id FROM event_participants WHERE event_id = OLD.event_id);
            DELETE FROM actor_counterparts WHERE actor_id = OLD.actor_id AND calls <= 0;
            DELETE FROM actor_counterparts
                WHERE other_id = OLD.actor_id AND calls <= 0
                  AND actor_id IN (SELECT actor_id FROM event_participants WHERE event_id = OLD.event_id);
        END;

        CREATE TRIGGER actor_counterparts_participant_reassigned AFTER UPDATE OF actor_id ON event_participants
        WHEN OLD.actor_id <> NEW.actor_id
        BEGIN
            UPDATE actor_counterparts SET calls = calls - 1
                WHERE actor_id = OLD.actor_id
                  AND other_id IN (SELECT actor_id FROM event_participants WHERE event_id = OLD.event_id AND actor_id <> NEW.actor_id);
            UPDATE actor_counterparts SET calls = calls - 1
                WHERE other_id = OLD.actor_id
                  AND actor_id IN (SELECT actor_id FROM event_participants WHERE event_id = OLD.event_id AND actor_id <> NEW.actor_id);
            DELETE FROM actor_counterparts WHERE actor_id = OLD.actor_id AND calls <= 0;
            DELETE FROM actor_counterparts
                WHERE other_id = OLD.actor_id AND calls <= 0
                  AND actor_id IN (SELECT actor_id FROM event_participants WHERE event_id = OLD.event_id);
            INSERT INTO actor_counterparts (actor_id, other_id, calls)
                SELECT NEW.actor_id, p.actor_id, 1 FROM event_participants p
                WHERE p.event_id = NEW.event_id AND p.actor_id <> NEW.actor_id
                ON CONFLICT (actor_id, other_id) DO UPDATE SET calls = calls + 1;
            INSERT INTO actor_counterparts (actor_id, other_id, calls)
                SELECT p.actor_id, NEW.actor_id, 1 FROM event_participants p
                WHERE p.event_id = NEW.event_id AND p.actor_id <> NEW.actor_id
                ON CONFLICT (actor_id, other_id) DO UPDATE SET calls = calls + 1;
        END;

        INSERT INTO actor_counterparts (actor_id, other_id, calls)
            SELECT mine.actor_id, other.actor_id, COUNT(*)
            FROM event_participants mine
            JOIN event_participants other ON other.event_id = mine.event_id AND other.actor_id <> mine.actor_id
            GROUP BY mine.actor_id, other.actor_id;
        """)
}
