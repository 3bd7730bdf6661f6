namespace Cordon.Accounts;

/// <summary>
/// Names of audited actions. Each capability may add its own (a dotted <c>subject.verb</c> name); these are the ones the
/// accounts and the existing capabilities write.
/// </summary>
public static class AuditActions
{
    /// <summary>A sign-in attempt with user name and password (outcome success or failure, reason in the details).</summary>
    public const string SignIn = "sign-in";

    /// <summary>A sign-out.</summary>
    public const string SignOut = "sign-out";

    /// <summary>A request with an API key that was refused (unknown, revoked, expired, wrong secret, disabled user).</summary>
    public const string ApiKeyRejected = "api-key.rejected";

    /// <summary>An organisation was created.</summary>
    public const string OrganisationCreate = "organisation.create";

    /// <summary>A user was created (also by the first-run bootstrap).</summary>
    public const string UserCreate = "user.create";

    /// <summary>A user was disabled.</summary>
    public const string UserDisable = "user.disable";

    /// <summary>A user was enabled again.</summary>
    public const string UserEnable = "user.enable";

    /// <summary>A user's password was reset by an administrator.</summary>
    public const string UserResetPassword = "user.reset-password";

    /// <summary>A user changed their own password.</summary>
    public const string UserChangePassword = "user.change-password";

    /// <summary>A user's role was changed.</summary>
    public const string UserChangeRole = "user.change-role";

    /// <summary>An API key was created.</summary>
    public const string ApiKeyCreate = "api-key.create";

    /// <summary>An API key was revoked.</summary>
    public const string ApiKeyRevoke = "api-key.revoke";

    /// <summary>An API key was replaced by a new one.</summary>
    public const string ApiKeyRotate = "api-key.rotate";

    /// <summary>The audit log was read or exported.</summary>
    public const string AuditExport = "audit.export";

    /// <summary>A sanctions list version was imported.</summary>
    public const string ListImport = "list.import";

    /// <summary>An organisation's rights on a hub collection set (read, write, or none).</summary>
    public const string HubGrant = "hub.grant";

    /// <summary>A STIX bundle, MISP file or medallion backend imported into the hub (or refused).</summary>
    public const string HubImport = "hub.import";

    /// <summary>A hub sharing group created or its members replaced.</summary>
    public const string HubGroupSet = "hub.group.set";

    /// <summary>A TAXII API root or collection created or changed.</summary>
    public const string HubConfigure = "hub.configure";

    /// <summary>Names were screened (the details hold counts, never the names).</summary>
    public const string Screening = "screening.run";

    /// <summary>Watch subjects were added or replaced.</summary>
    public const string WatchAdd = "watch.add";

    /// <summary>A watch subject was removed.</summary>
    public const string WatchRemove = "watch.remove";

    /// <summary>Assessments were stored.</summary>
    public const string AssessmentStore = "assessment.store";

    /// <summary>A stored assessment was viewed.</summary>
    public const string AssessmentView = "assessment.view";

    /// <summary>An organisation's risk weights were fitted from its decided cases and stored in shadow mode.</summary>
    public const string RiskWeightsFit = "risk-weights.fit";

    /// <summary>An organisation's shadow risk weights were adopted: its assessments use them from now on.</summary>
    public const string RiskWeightsAdopt = "risk-weights.adopt";
}

/// <summary>Outcomes of audited actions.</summary>
public static class AuditOutcomes
{
    /// <summary>It was done.</summary>
    public const string Success = "success";

    /// <summary>It was tried and failed (wrong password, bad input).</summary>
    public const string Failure = "failure";

    /// <summary>It was refused for lack of rights.</summary>
    public const string Denied = "denied";
}
