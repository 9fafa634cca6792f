package org.gongkai.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.courts.Court;
import org.gongkai.demo.People.Actor;
import org.gongkai.demo.People.Place;

/** The generator's working model: one case file with its parties, timeline and document. */
final class Model {
    private Model() {}

    enum Category {
        CIVIL,
        CRIMINAL,
        ADMINISTRATIVE,
        ENFORCEMENT
    }

    /** A court picked for the corpus with its place and its appeal court. */
    record Seat(Court court, Place place, Court appealCourt, Panel panel) {
        String name() {
            return court.name();
        }

        String code() {
            return court.code();
        }

        String procuratorate() {
            return court.name().replace("人民法院", "人民检察院");
        }
    }

    /** The judges and staff of one court, stable for the whole corpus. */
    record Panel(List<String> judges, List<String> jurors, List<String> assistants, List<String> clerks) {}

    /** A party of a case; lawyers and the procuratorate are parties too (they get query codes). */
    static final class Party {
        final Actor actor;
        final String role;
        final String queryCode;

        Party(Actor actor, String role, String queryCode) {
            this.actor = actor;
            this.role = role;
            this.queryCode = queryCode;
        }

        boolean isAgent() {
            return role.equals("委托诉讼代理人") || role.equals("辩护人") || role.equals("诉讼代理人") || role.equals("法定代理人");
        }
    }

    /** Who owes whom what after a judgment: the input of an enforcement case. */
    record Debt(Actor creditor, Actor debtor, long principal, BigDecimal total, String obligation) {}

    /** Signatures of one document. */
    record Signers(
            String presiding, String judge, String third, boolean thirdIsJuror, String assistant, String clerk) {}

    static final class Judgment {
        String kind; // 判决书, 裁定书, 调解书
        String title; // 民事判决书 …
        String cause;
        LocalDate decision;
        LocalDate effective;
        String text;
        boolean stateSecret;
        boolean mediation;
        String withholdReason;
    }

    static final class CaseFile {
        String number;
        Seat seat;
        Court court;
        Category category;
        String cause;
        String typeCode;
        LocalDate received;
        LocalDate filing;
        boolean publicInterest;
        boolean privacy; // closed hearing
        final List<Party> parties = new ArrayList<>();
        final List<Map<String, Object>> events = new ArrayList<>();
        final List<Map<String, Object>> hearings = new ArrayList<>();
        Judgment judgment;
        Signers signers;
        LocalDateTime hearing; // the (last) hearing, null if none
        LocalDate served;
        boolean appealable = true;
        int appealDays = 15;
        String appellantRole; // which side appeals, for the appeal case
        Debt debt; // money judgment that can be enforced
        CaseFile firstInstance; // for an appeal
        CaseFile appeal; // for a first instance that was appealed
        CaseFile enforced; // for an enforcement case: the first instance whose judgment is enforced
        // civil/criminal summary for the appeal text
        String claimsSummary;
        String factsSummary;
        String reasoningSummary;
        String operativeSummary;
        boolean custody; // criminal: held in custody (not on bail)
        String reducedSentence; // criminal: what a lenient appeal court would impose

        Party first(String role) {
            for (Party p : parties) if (p.role.equals(role)) return p;
            return null;
        }

        List<Party> all(String role) {
            List<Party> out = new ArrayList<>();
            for (Party p : parties) if (p.role.equals(role)) out.add(p);
            return out;
        }

        void event(String type, LocalDateTime time, String actor, String description, List<String> documents) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("caseNumber", number);
            e.put("type", type);
            e.put("time", Cn.iso(time));
            e.put("actor", actor);
            e.put("description", description);
            e.put("documents", documents);
            e.put("secret", false);
            events.add(e);
        }

        Map<String, Object> lastEvent() {
            return events.get(events.size() - 1);
        }
    }
}
