package org.gongkai.enforcement;

import jakarta.ws.rs.QueryParam;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.platform.Links;

/**
 * The query parameters shared by the public lists, lookups and exports of the three
 * enforcement registers (JSON API, HTML pages, CSV and JSONL). Raw strings: parsing into an
 * {@link EnforcementFilter} gives 400s that name the parameter.
 */
public class FilterParams {
    @QueryParam("name")
    public String name;

    @QueryParam("idNumber")
    public String idNumber;

    @QueryParam("creditCode")
    public String creditCode;

    @QueryParam("court")
    public String court;

    @QueryParam("province")
    public String province;

    @QueryParam("from")
    public String from;

    @QueryParam("to")
    public String to;

    @QueryParam("ground")
    public String ground;

    @QueryParam("kind")
    public String kind;

    @QueryParam("q")
    public String q;

    @QueryParam("minAmount")
    public String minAmount;

    @QueryParam("maxAmount")
    public String maxAmount;

    @QueryParam("basis")
    public String basis;

    @QueryParam("sort")
    public String sort;

    @QueryParam("cursor")
    public String cursor;

    @QueryParam("size")
    public String size;

    /** The parameters as given (blank ones dropped), in a stable order. */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "name", name);
        put(m, "idNumber", idNumber);
        put(m, "creditCode", creditCode);
        put(m, "court", court);
        put(m, "province", province);
        put(m, "from", from);
        put(m, "to", to);
        put(m, "ground", ground);
        put(m, "kind", kind);
        put(m, "q", q);
        put(m, "minAmount", minAmount);
        put(m, "maxAmount", maxAmount);
        put(m, "basis", basis);
        put(m, "sort", sort);
        put(m, "size", size);
        return m;
    }

    /** Query string of these filters without the cursor, plus {@code cursor} when not null. */
    public String query(String cursor) {
        StringBuilder sb = new StringBuilder();
        Map<String, String> m = asMap();
        if (cursor != null) {
            m.put("cursor", cursor);
        }
        for (var e : m.entrySet()) {
            sb.append(sb.isEmpty() ? "?" : "&").append(e.getKey()).append('=').append(Links.enc(e.getValue()));
        }
        return sb.toString();
    }

    /**
     * A copy safe to echo into a page (form values, next-page and export links): without the ID
     * number a visitor typed, none of whose characters any page shows (rules §3.2). The pages
     * offer no next-page or export link for a person lookup ({@link #hasIdNumber()}).
     */
    public FilterParams echo() {
        FilterParams c = new FilterParams();
        c.name = name;
        c.idNumber = null;
        c.creditCode = creditCode;
        c.court = court;
        c.province = province;
        c.from = from;
        c.to = to;
        c.ground = ground;
        c.kind = kind;
        c.q = q;
        c.minAmount = minAmount;
        c.maxAmount = maxAmount;
        c.basis = basis;
        c.sort = sort;
        c.cursor = cursor;
        c.size = size;
        return c;
    }

    public boolean hasIdNumber() {
        return notBlank(idNumber);
    }

    public boolean isLookup() {
        return notBlank(name) || notBlank(idNumber) || notBlank(creditCode);
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (notBlank(v)) {
            m.put(k, v.strip());
        }
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
