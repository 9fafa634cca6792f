package org.gongkai.platform;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Handles one kind of bulk-import record ({"kind": …, "data": {…}}) by calling the same
 * service method as the publishing API. Each channel contributes its handlers as CDI beans.
 */
public interface RecordHandler {
    /** The record kinds handled, e.g. "judgment". */
    java.util.Set<String> kinds();

    /** Publishes one record inside the caller's transaction; true when created, false when it already existed. */
    boolean handle(String kind, JsonNode data, Caller caller) throws Exception;

    /** What a record did to the data it arrived at. */
    enum Result {
        /** a new record */
        CREATED,
        /**
         * the record was there, in a provisional form the one imported completes (a court's
         * restriction order replacing the restriction created with the debtor's listing)
         */
        COMPLETED,
        /** the same record was there: nothing changed */
        DUPLICATE
    }

    /** Like {@link #handle}, telling a record that completed an existing one from a duplicate. */
    default Result apply(String kind, JsonNode data, Caller caller) throws Exception {
        return handle(kind, data, caller) ? Result.CREATED : Result.DUPLICATE;
    }
}
