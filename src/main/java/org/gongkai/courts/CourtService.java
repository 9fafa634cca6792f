package org.gongkai.courts;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.gongkai.platform.ProblemException;

/**
 * The reference data (courts, case types, causes, charges) as an application service, and the
 * case-number parser with court resolution. The court table in the database is kept in line
 * with reference/courts.csv at start-up.
 */
@ApplicationScoped
public class CourtService {
    private final CourtDirectory directory = CourtDirectory.standard();

    public CourtDirectory directory() {
        return directory;
    }

    public Optional<Court> resolve(String codeOrName) {
        return codeOrName == null ? Optional.empty() : directory.resolve(codeOrName.trim());
    }

    public Optional<Court> byCode(String code) {
        return code == null ? Optional.empty() : directory.byCode(code);
    }

    /** The court, or a 400 naming the field when the code or name is unknown. */
    public Court require(String codeOrName, String field) {
        if (codeOrName == null || codeOrName.isBlank()) {
            throw ProblemException.invalidField(
                    field, org.gongkai.platform.Texts.txt().err_court_required());
        }
        return resolve(codeOrName)
                .orElseThrow(() -> ProblemException.invalidField(
                        field, org.gongkai.platform.Texts.txt().err_court_unknown(codeOrName)));
    }

    /** Parses a case number or throws a 400 naming the field and what was wrong. */
    public CaseNumber parseCaseNumber(String input, String field) {
        if (input == null || input.isBlank()) {
            throw ProblemException.invalidField(
                    field, org.gongkai.platform.Texts.txt().err_case_number_required());
        }
        try {
            return CaseNumberParser.parse(input);
        } catch (InvalidCaseNumberException e) {
            throw CaseNumberProblems.problem(e, field, true);
        }
    }

    public String courtName(String code) {
        return byCode(code).map(Court::name).orElse(code);
    }

    public List<Court> all() {
        return directory.all();
    }

    @Transactional
    void syncCourtTable(@Observes StartupEvent ev) {
        long count = CourtEntity.count();
        if (count == directory.all().size()) {
            return;
        }
        var existing = new java.util.HashSet<String>();
        CourtEntity.<CourtEntity>streamAll().forEach(c -> existing.add(c.code));
        for (Court c : directory.all()) {
            if (existing.contains(c.code())) {
                continue;
            }
            CourtEntity e = new CourtEntity();
            e.code = c.code();
            e.name = c.name();
            e.level = c.level().label();
            e.province = c.province();
            e.provinceCode = c.provinceCode();
            e.city = c.city();
            e.parentCode = c.parentCode();
            e.region = c.region();
            e.persist();
        }
    }
}
