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
}
