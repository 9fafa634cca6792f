package org.gongkai.judgments.text;

import java.util.Objects;
import java.util.Set;

/**
 * A party or participant named in a judgment.
 *
 * @param name         as written (masked names such as 张某 or 李×1 stay as they are)
 * @param role         as written: 原告, 被告, 上诉人, 被上诉人, 第三人, 被告人, 公诉机关, 法定代表人,
 *                     委托诉讼代理人, 辩护人, 申请执行人, 被执行人, …
 * @param organisation true for companies, public bodies, procuratorates, …
 * @param lawFirm      the law firm of a lawyer (…律师事务所), else null
 * @param formerRole   the role in the lower instance written in brackets after the role,
 *                     e.g. 原审被告人 for 上诉人（原审被告人）; else null
 */
public record ExtractedParty(String name, String role, boolean organisation, String lawFirm, String formerRole) {

    private static final Set<String> DEFENDANT_ROLES = Set.of("被告", "被告人", "被告单位", "原审被告", "原审被告人", "原审被告单位");

    public ExtractedParty {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    public ExtractedParty(String name, String role, boolean organisation, String lawFirm) {
        this(name, role, organisation, lawFirm, null);
    }

    /** Defendant in a civil, administrative or criminal case, in this or the lower instance. */
    public boolean isDefendant() {
        return DEFENDANT_ROLES.contains(role) || (formerRole != null && DEFENDANT_ROLES.contains(formerRole));
    }
}
