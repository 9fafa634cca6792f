package org.gongkai.judgments;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The conventional title (案件名称) of a published document: parties + cause of action +
 * instance + document kind, e.g. 张某与某科技有限公司买卖合同纠纷二审民事判决书, built from the
 * parties AS PUBLISHED (masked), never from original names.
 */
public final class JudgmentTitles {
    private static final Set<String> CLAIMANT_ROLES = Set.of("原告", "上诉人", "再审申请人", "申请人", "申请执行人", "起诉人", "自诉人", "原告人");
    private static final Set<String> RESPONDENT_ROLES = Set.of("被告", "被上诉人", "被申请人", "被执行人", "被申请执行人");
    private static final Set<String> DEFENDANT_ROLES = Set.of("被告人", "上诉人（原审被告人）", "原审被告人", "罪犯");

    private JudgmentTitles() {}

    public record NamedRole(String publicName, String role) {}

    /**
     * The title of a published document: the case title printed above its court line, as printed (from
     * the de-identified text, so masked as the text is), when it has one; else the conventional title
     * built by {@link #build}. Rebuilding a printed title loses what the court wrote and, for criminal
     * cases, repeats the charges as extracted (issue 13).
     */
    public static String forDocument(
            org.gongkai.judgments.text.ParsedJudgment parsed,
            List<NamedRole> parties,
            String category,
            String cause,
            String procedure,
            String documentKind) {
        if (parsed != null
                && parsed.titlePrinted()
                && parsed.title() != null
                && !parsed.title().isBlank()) {
            return parsed.title().strip();
        }
        return build(parties, category, cause, procedure, documentKind);
    }

    public static String build(
            List<NamedRole> parties, String category, String cause, String procedure, String documentKind) {
        StringBuilder sb = new StringBuilder();
        if ("刑事".equals(category)) {
            List<String> defendants = names(parties, DEFENDANT_ROLES, true);
            if (!defendants.isEmpty()) {
                sb.append(joinNames(defendants, "、"));
            }
        } else {
            List<String> claimants = names(parties, CLAIMANT_ROLES, false);
            List<String> respondents = names(parties, RESPONDENT_ROLES, false);
            if (!claimants.isEmpty()) {
                sb.append(joinNames(claimants, "、"));
                if (!respondents.isEmpty()) {
                    sb.append("与").append(joinNames(respondents, "、"));
                }
            } else if (!respondents.isEmpty()) {
                sb.append(joinNames(respondents, "、"));
            }
        }
        if (cause != null && !cause.isBlank()) {
            sb.append(cause);
        }
        if (procedure != null && (procedure.equals("一审") || procedure.equals("二审") || procedure.equals("再审"))) {
            sb.append(procedure);
        }
        if (category != null && !category.isBlank() && documentKind != null && !documentKind.startsWith(category)) {
            sb.append(category);
        }
        sb.append(documentKind == null ? "文书" : documentKind);
        return sb.toString();
    }

    private static List<String> names(List<NamedRole> parties, Set<String> roles, boolean prefixMatch) {
        Set<String> out = new LinkedHashSet<>();
        for (NamedRole p : parties) {
            String role = p.role() == null ? "" : p.role();
            boolean match = roles.contains(role)
                    || roles.stream().anyMatch(r -> role.startsWith(r + "（"))
                    || (prefixMatch && role.contains("被告人"));
            if (match) {
                out.add(p.publicName());
            }
        }
        return new ArrayList<>(out);
    }

    private static String joinNames(List<String> names, String sep) {
        if (names.size() > 3) {
            return String.join(sep, names.subList(0, 3)) + "等";
        }
        return String.join(sep, names);
    }
}
