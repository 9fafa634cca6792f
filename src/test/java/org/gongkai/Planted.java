package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.platform.IdCardNumbers;

/**
 * Personal data planted in a free-text field, distinct per field: a person's name (after a role word,
 * as free text names people), a resident ID number, a mobile number and an address below county level.
 * {@link #assertAbsent} scans a public surface for every planted value.
 */
public record Planted(String field, String name, String idNumber, String phone, String street) {
    /** Surnames and given names rare enough not to occur in any other test data. */
    private static final String[] NAMES = {
        "祁雨桐", "冼嘉欣", "鄢梓涵", "栾浩然", "郜思远", "阚若溪", "逯一鸣", "昝明轩", "糜语嫣", "蹇文博", "殳可馨", "邴子墨", "仉书瑶", "隗晨曦", "佴雅琪", "亢俊熙",
        "嵇沐阳", "晁佳怡", "芮梓萱", "扈天佑"
    };

    private static int next;

    /** A fresh set of values for {@code field}. */
    public static synchronized Planted in(String field) {
        int i = next++ % NAMES.length;
        String first17 = String.format("41010%d19%02d%02d%02d%03d", i % 10, 60 + i, 1 + i % 12, 1 + i, 100 + i);
        String id = first17 + IdCardNumbers.checkDigit(first17);
        String phone = String.format("1370%07d", 4_711_000 + i * 37);
        String street = "槐荫路" + (300 + i) + "号" + (i + 2) + "单元" + (601 + i) + "室";
        return new Planted(field, NAMES[i], id, phone, street);
    }

    /** The mask the name gets (rule 1.5): the surname and 某, perhaps numbered. */
    public String mask() {
        return name.charAt(0) + "某";
    }

    /** A clause that names the person with their identity number, phone and address, as a clerk might write it. */
    public String clause() {
        return "证人" + name + "（公民身份号码" + idNumber + "，联系电话" + phone + "，住河南省郑州市金水区" + street + "）";
    }

    /** The same values written the short way (a field with little room): name after a role word, number and phone bare. */
    public String shortClause() {
        return "证人" + name + "，" + idNumber + "，" + phone;
    }

    /** Every planted value and the parts of them that would still identify the person. */
    public List<String> secrets() {
        List<String> s = new ArrayList<>(List.of(
                name,
                idNumber,
                idNumber.substring(6, 14),
                idNumber.substring(0, 12),
                phone,
                phone.substring(3),
                street,
                street.substring(0, 6)));
        s.add(name.substring(1)); // the given name alone
        return s;
    }

    /** No planted value of any of {@code planted} appears in any of the bodies (url → body). */
    public static void assertAbsent(List<Planted> planted, Map<String, String> bodies) {
        for (Map.Entry<String, String> b : bodies.entrySet()) {
            for (Planted p : planted) {
                for (String secret : p.secrets()) {
                    assertFalse(
                            b.getValue().contains(secret),
                            () -> b.getKey() + " shows " + secret + " planted in " + p.field() + ":\n"
                                    + excerpt(b.getValue(), secret));
                }
            }
        }
    }

    /** The masked form of the field's person appears on the surface (so the field is shown there, masked). */
    public void assertMaskedIn(String surface, String body) {
        assertTrue(body.contains(mask()), () -> surface + " does not show " + mask() + " for " + field);
    }

    private static String excerpt(String body, String secret) {
        int i = body.indexOf(secret);
        return body.substring(Math.max(0, i - 80), Math.min(body.length(), i + secret.length() + 80));
    }
}
