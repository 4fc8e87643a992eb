namespace EGov.Evaluation.Contracts;

/// <summary>Permission names of the 绩效考评 module (<c>evaluation.action</c>).</summary>
public static class EvaluationPermissions
{
    public const string Prefix = "evaluation.";
}
