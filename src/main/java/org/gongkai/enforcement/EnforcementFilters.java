package org.gongkai.enforcement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.gongkai.courts.CaseNumber;
import org.gongkai.courts.CaseNumberParser;
import org.gongkai.courts.CourtService;
import org.gongkai.enforcement.EnforcementFilter.SortOrder;
import org.gongkai.platform.IdCardNumbers;
import org.gongkai.platform.MutableClock;
import org.gongkai.platform.ProblemException;

/** Parses the public filters of the enforcement lists (query parameters) into an {@link EnforcementFilter}. */
@ApplicationScoped
public class EnforcementFilters {
    @Inject
    CourtService courts;

    @Inject
    MutableClock clock;

    /** Parses the query parameters; 400 naming the parameter on bad input. */
    public EnforcementFilter filter(FilterParams p) {
        String name = Params.blankToNull(p.name);
        String id = IdNumbers.normalise(Params.blankToNull(p.idNumber));
        if (id != null) {
            // Only the name together with the full number confirms an identity (issue 9; rules §4):
            // a suffix or prefix narrows the date of birth and the sequence for every guess after it.
            if (!IdNumbers.isFull(id)) {
                throw ProblemException.invalidField(
                        "idNumber",
                        "请填写完整的公民身份号码（18 位，旧证 15 位），不支持按部分号码查询"
                                + " / give the full resident ID number (18 characters, 15 for an old card); partial numbers are not looked up");
            }
            // a mistyped number (wrong check digit, impossible birth date) is refused before it can spend
            // the name's budget of wrong numbers: the check digit is public arithmetic, not a confirmation
            IdCardNumbers.requireSound("idNumber", id, clock.today());
            if (name == null) {
                throw ProblemException.invalidField(
                        "name",
                        "按身份证号码查询须同时填写姓名"
                                + " / a person lookup needs the name together with the full ID number (rules §4)");
            }
        }
        String cc = IdNumbers.normalise(Params.blankToNull(p.creditCode));
        String court = p.court == null || p.court.isBlank()
                ? null
                : courts.require(p.court, "court").code();
        LocalDate from = Params.date(p.from, "from");
        LocalDate to = Params.date(p.to, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.invalidField(
                    "from", org.gongkai.platform.Texts.txt().err_from_after_to());
        }
        Integer ground = null;
        if (FilterParams.notBlank(p.ground)) {
            try {
                ground = Ground.of(Integer.parseInt(p.ground.strip()), "ground").number();
            } catch (NumberFormatException e) {
                throw ProblemException.invalidField(
                        "ground", org.gongkai.platform.Texts.txt().err_number_range("1", "6"));
            }
        }
        String kind = null;
        if (FilterParams.notBlank(p.kind)) {
            kind = switch (p.kind.strip().toUpperCase(Locale.ROOT)) {
                case "PERSON" -> Debtor.PERSON;
                case "ORGANISATION", "ORGANIZATION" -> Debtor.ORGANISATION;
                default ->
                    throw ProblemException.invalidField(
                            "kind",
                            org.gongkai.platform.Texts.txt()
                                    .err_one_of(ProblemException.codes("PERSON", "ORGANISATION")));
            };
        }
        BigDecimal min = Params.amount(p.minAmount, "minAmount");
        BigDecimal max = Params.amount(p.maxAmount, "maxAmount");
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw ProblemException.invalidField(
                    "minAmount", org.gongkai.platform.Texts.txt().err_min_over_max());
        }
        String basis = Params.blankToNull(p.basis);
        if (basis != null) {
            basis = CaseNumberParser.tryParse(basis, clock)
                    .map(CaseNumber::canonical)
                    .orElse(basis);
        }
        SortOrder sort = SortOrder.NEWEST;
        if (FilterParams.notBlank(p.sort)) {
            try {
                sort = SortOrder.valueOf(p.sort.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField(
                        "sort",
                        org.gongkai.platform.Texts.txt()
                                .err_one_of(ProblemException.codes("newest", "oldest", "amount", "name")));
            }
        }
        int size = EnforcementFilter.DEFAULT_SIZE;
        if (FilterParams.notBlank(p.size)) {
            try {
                size = Integer.parseInt(p.size.strip());
            } catch (NumberFormatException e) {
                size = -1;
            }
            if (size < 1 || size > EnforcementFilter.MAX_SIZE) {
                throw ProblemException.invalidField(
                        "size",
                        org.gongkai.platform.Texts.txt()
                                .err_number_range("1", String.valueOf(EnforcementFilter.MAX_SIZE)));
            }
        }
        String q = Params.blankToNull(p.q);
        if (q != null && q.length() > 100) {
            throw ProblemException.invalidField(
                    "q", org.gongkai.platform.Texts.txt().err_max_chars("100"));
        }
        return new EnforcementFilter(
                name,
                id,
                cc,
                court,
                Params.blankToNull(p.province),
                from,
                to,
                ground,
                kind,
                q,
                min,
                max,
                basis,
                sort,
                Params.blankToNull(p.cursor),
                size);
    }

    /** The canonical form of a case number, when it is one. */
    Optional<String> canonical(String caseNumber) {
        return CaseNumberParser.tryParse(caseNumber, clock).map(CaseNumber::canonical);
    }
}
