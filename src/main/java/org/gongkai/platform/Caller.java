package org.gongkai.platform;

import jakarta.enterprise.context.RequestScoped;

/**
 * Who is calling the publishing or admin API in this request: a court (through its bearer
 * token) or the administrator. Set by {@link ApiAuthFilter}; bulk imports run as the
 * administrator.
 */
@RequestScoped
public class Caller {
    private String courtCode;
    private boolean admin;
    private String actor = "anonymous";

    public void asCourt(String courtCode, String actor) {
        this.courtCode = courtCode;
        this.admin = false;
        this.actor = actor;
    }

    public void asAdmin(String actor) {
        this.courtCode = null;
        this.admin = true;
        this.actor = actor;
    }

    public boolean isAdmin() {
        return admin;
    }

    public String courtCode() {
        return courtCode;
    }

    public String actor() {
        return actor;
    }

    public boolean authenticated() {
        return admin || courtCode != null;
    }

    /** 403 unless the caller is the administrator or the given court. */
    public void requireCourt(String court) {
        if (!authenticated()) {
            throw new ProblemException(401, "Unauthorized", Texts.txt().pub_token_required());
        }
        if (!admin && !courtCode.equals(court)) {
            throw new ProblemException(403, "Forbidden", Texts.txt().pub_court_forbidden(courtCode, court));
        }
    }

    public void requireAdmin() {
        if (!admin) {
            throw new ProblemException(403, "Forbidden", Texts.txt().pub_admin_required());
        }
    }
}
