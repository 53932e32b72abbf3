package org.paygrid.fds.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.paygrid.shared.json.JsonObjects;

/**
 * How a rule is set: on or off, enforced or in shadow, its parameters (JSON, read by the rule's kind), and which
 * version of the setting this is, by whom. A rule's default ({@link FdsRule}) and a merchant's own version
 * ({@link RuleOverride}) are each one of these; every change is also kept as a {@link RuleChange}.
 */
@Embeddable
public class RuleSetting {

    @Column(nullable = false)
    private boolean enabled;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private RuleMode mode;

    @Column(nullable = false, length = 2000)
    private String params;

    @Column(nullable = false)
    private int version;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The next version: parameters must be of {@code kind}. */
    void change(RuleKind kind, boolean enabled, RuleMode mode, RuleParams params, String actor, Instant now) {
        if (RuleKind.of(params) != kind) {
            throw new IllegalArgumentException("params do not fit a rule of kind " + kind);
        }
        this.enabled = enabled;
        this.mode = mode;
        this.params = params.toJson().toString();
        this.version++;
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    public RuleParams params(RuleKind kind) {
        return RuleParams.parse(kind, JsonObjects.parse(params));
    }

    String paramsJson() { return params; }
    public boolean enabled() { return enabled; }
    public RuleMode mode() { return mode; }
    public int version() { return version; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
}
