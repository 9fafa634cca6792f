package org.gongkai.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** The debtor of an enforcement record, as stored (the full ID number only as a hash). */
@Embeddable
public class Debtor {
    public static final String PERSON = "PERSON";
    public static final String ORGANISATION = "ORGANISATION";

    @Column(name = "debtor_kind")
    public String kind;

    @Column(name = "debtor_name")
    public String name;

    @Column(name = "id_hash")
    public String idHash;

    @Column(name = "id_masked")
    public String idMasked;

    @Column(name = "credit_code")
    public String creditCode;

    public String sex;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Column(name = "legal_representative")
    public String legalRepresentative;

    public boolean isOrganisation() {
        return ORGANISATION.equals(kind);
    }

    /** What identifies the debtor within one case: ID hash, credit code, or (lacking both) the name. */
    public String identityKey() {
        if (idHash != null) {
            return "id:" + idHash;
        }
        if (creditCode != null) {
            return "cc:" + creditCode;
        }
        return "name:" + name;
    }

    public Debtor copy() {
        Debtor d = new Debtor();
        d.kind = kind;
        d.name = name;
        d.idHash = idHash;
        d.idMasked = idMasked;
        d.creditCode = creditCode;
        d.sex = sex;
        d.birthDate = birthDate;
        d.legalRepresentative = legalRepresentative;
        return d;
    }
}
